package id.gerbang.access.web;

import id.gerbang.access.internal.AccessProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Maps the configurable bare lookup path ({@code gerbang.access.bare-path}, default
 * {@code /CALL_NIK}) to the compatible controller; an empty setting maps nothing.
 */
@Component
class BarePathMapping implements SmartInitializingSingleton {

    private final RequestMappingHandlerMapping mapping;
    private final CompatibleApiController controller;
    private final String path;

    BarePathMapping(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
            CompatibleApiController controller, AccessProperties properties) {
        this.mapping = mapping;
        this.controller = controller;
        this.path = properties.barePath().strip();
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (path.isEmpty()) {
            return;
        }
        try {
            mapping.registerMapping(
                    RequestMappingInfo.paths(path).methods(RequestMethod.POST).options(mapping.getBuilderConfiguration()).build(),
                    controller,
                    CompatibleApiController.class.getDeclaredMethod("bare", HttpServletRequest.class, HttpServletResponse.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
