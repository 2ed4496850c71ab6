/**
 * Business module: needs, the first step of the commissioning cycle. Area-level indicators imported
 * from the files public health teams download (the public health profiles' CSV, population
 * estimates) or kept by the alliance itself, as rates with confidence intervals, compared with the
 * parent area and England, beside the directory's provision and the outcomes framework's results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Needs")
package org.alliance.needs;
