/**
 * Deliberate violations of the architecture rules, used only to prove that each rule can fail.
 * Excluded from the rules' normal scope.
 */
package id.gerbang.archfixture;
