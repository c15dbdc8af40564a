package pk.hifazat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signs in through the real form, so the session holds the same principal as in production. */
public final class SignIn {

    private SignIn() {
    }

    public static MockHttpSession as(MockMvc mvc, String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }
}
