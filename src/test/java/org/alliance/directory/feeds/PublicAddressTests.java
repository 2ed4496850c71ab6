package org.alliance.directory.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A feed's address may not lead the server to itself or the private network behind it. */
class PublicAddressTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/openreferral/services",
        "http://localhost/services",
        "http://10.1.2.3/services",
        "http://172.16.0.9/services",
        "http://192.168.1.1/services",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/services",
        "http://[fd12:3456::1]/services",
        "http://0.0.0.0/services"
      })
  void privateAndLocalAddressesAreRefused(String url) {
    assertThat(PublicAddress.refusal(URI.create(url), false))
        .get()
        .asString()
        .startsWith("points at this server or a private network");
    assertThat(PublicAddress.refusal(URI.create(url), true)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://93.184.215.14/services", "https://[2606:4700::1111]/services"})
  void publicAddressesMayBeFetched(String url) {
    assertThat(PublicAddress.refusal(URI.create(url), false)).isEmpty();
  }
}
