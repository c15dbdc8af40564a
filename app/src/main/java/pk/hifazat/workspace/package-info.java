/**
 * The signed-in workspace: the home page of each role, the pages of a unit and its queue, and the
 * web settings every page shares (language and direction).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace")
package pk.hifazat.workspace;
