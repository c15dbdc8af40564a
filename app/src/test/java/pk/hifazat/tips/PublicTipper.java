package pk.hifazat.tips;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import pk.hifazat.intake.ReceiptCode;

/** A member of the public sending a tip through the public form, as tests outside the tips module need it. */
public final class PublicTipper {

    private PublicTipper() {
    }

    /**
     * As the pages do for a form with files: the CSRF token in the address, where it is checked
     * before the body is read, and not in the body.
     */
    public static RequestPostProcessor csrfInAddress() {
        return request -> {
            csrf().postProcessRequest(request);
            String token = request.getParameter("_csrf");
            request.removeParameter("_csrf");
            request.setQueryString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            return request;
        };
    }

    /** Sends a tip of abuse material seen online with this image, from this client address; answers its receipt. */
    public static ReceiptCode sendImage(MockMvc mvc, String client, String fileName, byte[] image) throws Exception {
        MvcResult sent = mvc.perform(multipart("/report").file(new MockMultipartFile("files", fileName, "image/jpeg", image))
                        .param("category", "ABUSE_MATERIAL_ONLINE").param("description", "seen on a public page")
                        .with(csrfInAddress()).with(request -> {
                            request.setRemoteAddr(client);
                            return request;
                        }))
                .andExpect(redirectedUrl("/report/received")).andReturn();
        return ReceiptCode.of(mvc.perform(get("/report/received").session((MockHttpSession) sent.getRequest().getSession()))
                .andReturn().getModelAndView().getModel().get("receipt").toString());
    }
}
