package org.alliance.commissioning.options;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a scenario does with a contract. The Provider Selection Regime's processes (direct award A,
 * B and C, most suitable provider, competitive) are named as the regime names them; a framework
 * call-off and a negotiated award are for what falls outside it (seed 004's case management system
 * and workforce training).
 */
enum ActionType {
  EXTEND("extend", "Extend: take an extension option"),
  VARY("vary", "Vary the contract"),
  CONTINUE("continue", "Continue as it is"),
  COMPETITIVE("competitive", "Competitive process"),
  NEGOTIATED("negotiated", "Negotiated award"),
  FRAMEWORK("framework", "Award through a framework (call-off)"),
  PSR_DIRECT_A("psr-direct-a", "Direct award under the Provider Selection Regime, process A"),
  PSR_DIRECT_B("psr-direct-b", "Direct award under the Provider Selection Regime, process B"),
  PSR_DIRECT_C("psr-direct-c", "Direct award under the Provider Selection Regime, process C"),
  PSR_MOST_SUITABLE(
      "psr-most-suitable", "Most suitable provider process (Provider Selection Regime)"),
  EXPIRE("expire", "Let it expire (decommission)");

  private final String code;
  private final String label;

  ActionType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  String code() {
    return code;
  }

  String label() {
    return label;
  }

  static Optional<ActionType> of(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }

  static String labelOf(String code) {
    return of(code).map(ActionType::label).orElse(code);
  }
}
