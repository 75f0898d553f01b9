package dev.steward.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersDisplayTest {

  private final PhoneNumbers us = new PhoneNumbers("US", null);
  private final PhoneNumbers gb = new PhoneNumbers("GB", null);

  @Test
  void aHomeNumberIsShownNationallyAndAForeignOneInternationally() {
    assertThat(us.forDisplay("+13035550135")).isEqualTo("(303) 555-0135");
    assertThat(us.forDisplay("+442079460958")).isEqualTo("+44 20 7946 0958");
    assertThat(gb.forDisplay("+442079460958")).isEqualTo("020 7946 0958");
    assertThat(gb.forDisplay("+13035550135")).isEqualTo("+1 303-555-0135");
  }

  @Test
  void theSameNumberIsShownForEachRegionFromItsOwnEntry() {
    assertThat(us.forDisplay("+442079460958")).isEqualTo("+44 20 7946 0958");
    assertThat(us.forDisplay("+442079460958")).isEqualTo("+44 20 7946 0958");
    assertThat(gb.forDisplay("+442079460958")).isEqualTo("020 7946 0958");
  }

  @Test
  void textThatIsNoValidNumberIsShownAsStored() {
    assertThat(us.forDisplay("pager")).isEqualTo("pager");
    assertThat(us.forDisplay("+1 555")).isEqualTo("+1 555");
    assertThat(us.forDisplay(" ")).isNull();
    assertThat(us.forDisplay(null)).isNull();
  }
}
