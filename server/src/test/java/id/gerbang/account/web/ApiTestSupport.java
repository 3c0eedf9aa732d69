package id.gerbang.account.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import id.gerbang.account.AccountFixtures;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs requests in with HTTP Basic from a source address of the test's choosing. */
final class ApiTestSupport {

    private ApiTestSupport() {
    }

    static RequestPostProcessor as(AccountFixtures.Login login) {
        return as(login.user(), login.password(), "127.0.0.1");
    }

    static RequestPostProcessor as(String user, String password, String remoteAddress) {
        RequestPostProcessor basic = httpBasic(user, password);
        return request -> {
            request.setRemoteAddr(remoteAddress);
            return basic.postProcessRequest(request);
        };
    }

    /** A documentation-range address of its own, so failures here never block other tests' source. */
    static String randomSource() {
        return "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
    }

    static String json(String... pairs) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('"').append(pairs[i]).append("\":");
            String v = pairs[i + 1];
            sb.append(v == null ? "null" : v.matches("-?\\d+|true|false") ? v : '"' + v + '"');
        }
        return sb.append('}').toString();
    }
}
