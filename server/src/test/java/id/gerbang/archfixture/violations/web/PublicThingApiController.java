package id.gerbang.archfixture.violations.web;

import org.springframework.web.bind.annotation.RestController;

/** Violates: web classes are package-private. */
@RestController
public class PublicThingApiController {
}
