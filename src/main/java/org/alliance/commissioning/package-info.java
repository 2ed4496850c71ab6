/**
 * Business module: commissioning, how councils buy the alliance's services and how the alliance
 * runs its share of the money. The contract register (terms, extension options, councils' splits in
 * exact money, funding sources), options appraisal, the alliance agreement (members, governance,
 * decisions with unanimity), the devolved budget's open-book ledger, risks, procurement evaluation,
 * contract reviews and open contracting (OCDS 1.1.5). It sees people only through support's public,
 * named-no-one totals (Individual Service Fund returns), never a record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commissioning")
package org.alliance.commissioning;
