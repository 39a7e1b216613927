/** Layout, start page per role, language switch and error pages/problem+json: the shell every module renders in. */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package nl.samenspel.web;
