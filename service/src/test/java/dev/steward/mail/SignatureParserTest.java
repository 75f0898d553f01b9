package dev.steward.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.mail.SignatureProposals.Kind;
import dev.steward.mail.SignatureProposals.Phone;
import org.junit.jupiter.api.Test;

/**
 * Realistic message bodies, as Outlook gives them in plain text, and what their signatures propose.
 */
class SignatureParserTest {

  private final SignatureParser us = new SignatureParser("US");
  private final SignatureParser uk = new SignatureParser("GB");

  @Test
  void readsALabelledUsSignature() {
    var proposals =
        us.parse(
            """
        Hi Tom,

        Thanks for the call today. I'll send the trust documents over by Friday.

        Best regards,
        Jane Doe
        Senior Wealth Advisor
        Hartwell Wealth Partners LLC
        T: (202) 555-0143 | M: (202) 555-0178
        www.hartwellwealth.com
        """,
            "Jane Doe",
            "jane.doe@hartwellwealth.com");

    assertThat(proposals.phones())
        .containsExactly(
            new Phone("+12025550143", "(202) 555-0143", Kind.WORK),
            new Phone("+12025550178", "(202) 555-0178", Kind.MOBILE));
    assertThat(proposals.jobTitle()).isEqualTo("Senior Wealth Advisor");
    assertThat(proposals.company()).isEqualTo("Hartwell Wealth Partners LLC");
    assertThat(proposals.website()).isEqualTo("https://www.hartwellwealth.com");
  }

  @Test
  void readsAUkSignatureWithNationalNumbersInTheFirmsRegion() {
    var proposals =
        uk.parse(
            """
        Dear Sam,

        Please find the draft will attached.

        Kind regards

        Oliver Bennett | Partner
        Bennett & Shaw LLP
        Tel: 020 7123 4567
        Mob: 07911 123456
        bennettshaw.co.uk
        """,
            "Oliver Bennett",
            "o.bennett@bennettshaw.co.uk");

    assertThat(proposals.phones())
        .containsExactly(
            new Phone("+442071234567", "020 7123 4567", Kind.WORK),
            new Phone("+447911123456", "07911 123456", Kind.MOBILE));
    assertThat(proposals.jobTitle()).isEqualTo("Partner");
    assertThat(proposals.company()).isEqualTo("Bennett & Shaw LLP");
    assertThat(proposals.website()).isEqualTo("https://bennettshaw.co.uk");
  }

  @Test
  void readsAGermanSignatureAndLeavesTheFaxOut() {
    var proposals =
        us.parse(
            """
        Sehr geehrter Herr Miller,

        anbei die Unterlagen zur Nachlassplanung.

        Mit freundlichen Grüßen

        Dr. Katrin Weber
        Steuerberaterin
        Weber & Partner Steuerberatungsgesellschaft mbH
        Telefon: +49 30 12345670
        Mobil: +49 151 23456789
        Fax: +49 30 12345679
        www.weber-partner.de
        """,
            "Katrin Weber",
            "k.weber@weber-partner.de");

    assertThat(proposals.phones())
        .containsExactly(
            new Phone("+493012345670", "+49 30 12345670", Kind.WORK),
            new Phone("+4915123456789", "+49 151 23456789", Kind.MOBILE));
    assertThat(proposals.jobTitle()).isEqualTo("Steuerberaterin");
    assertThat(proposals.company()).isEqualTo("Weber & Partner Steuerberatungsgesellschaft mbH");
    assertThat(proposals.website()).isEqualTo("https://www.weber-partner.de");
  }

  @Test
  void readsAnUnlabelledSignatureAndLeavesTheKindOpen() {
    var proposals =
        us.parse(
            """
        Got it, thanks. See you on the 14th.

        Cheers,
        Mike Chen
        Director, Client Services
        Summit Bank
        202-555-0190
        mike.chen@summitbank.com
        """,
            "Mike Chen",
            "mike.chen@summitbank.com");

    assertThat(proposals.phones())
        .containsExactly(new Phone("+12025550190", "202-555-0190", Kind.UNKNOWN));
    assertThat(proposals.jobTitle()).isEqualTo("Director, Client Services");
    assertThat(proposals.company()).isEqualTo("Summit Bank");
    assertThat(proposals.website()).isNull();
  }

  @Test
  void takesTheMobileKindFromTheNumberingPlanWhenThereIsNoLabel() {
    var proposals =
        uk.parse(
            """
        Thanks,
        Harriet Cole
        Paraplanner
        07911 123456
        """,
            "Harriet Cole",
            "harriet@gmail.com");

    assertThat(proposals.phones())
        .containsExactly(new Phone("+447911123456", "07911 123456", Kind.MOBILE));
    assertThat(proposals.company()).as("a free mail domain names no employer").isNull();
  }

  @Test
  void readsASignatureAfterTheDashDashSeparator() {
    var proposals =
        us.parse(
            """
        The trust amendment is ready for signature.

        --
        Sarah O'Neil
        Estate Planning Attorney
        O'Neil Law Associates
        p. 617.555.0147
        c. 617.555.0199
        https://oneillaw.com/contact
        """,
            "Sarah O'Neil",
            "sarah@oneillaw.com");

    assertThat(proposals.phones())
        .containsExactly(
            new Phone("+16175550147", "617.555.0147", Kind.WORK),
            new Phone("+16175550199", "617.555.0199", Kind.MOBILE));
    assertThat(proposals.jobTitle()).isEqualTo("Estate Planning Attorney");
    assertThat(proposals.company()).isEqualTo("O'Neil Law Associates");
    assertThat(proposals.website()).isEqualTo("https://oneillaw.com/contact");
  }

  @Test
  void ignoresTheQuotedSignatureOfAReply() {
    var proposals =
        us.parse(
            """
        Yes, Thursday works for me.

        Thanks,
        Ann

        On Mon, Mar 3, 2025 at 9:14 AM Bob Stone <bob@stonecapital.com>
        wrote:
        > Could we meet on Thursday?
        >
        > Bob Stone
        > CFO
        > Stone Capital Inc
        > (212) 555-0100
        """,
            "Ann Lee",
            "ann@lee-family-office.com");

    assertThat(proposals.phones()).isEmpty();
    assertThat(proposals.jobTitle()).isNull();
    assertThat(proposals.website()).isNull();
    assertThat(proposals.company())
        .as("nothing better than the sender's domain")
        .isEqualTo("Lee Family Office");
  }

  @Test
  void ignoresEverythingBelowAnOutlookHeaderEvenWithoutQuoteMarks() {
    var proposals =
        us.parse(
            """
        I have attached the signed forms.

        Regards,
        Priya Patel
        Paralegal
        Morgan Legal Group
        Direct: 312-555-0122

        From: Bob Stone <bob@stonecapital.com>
        Sent: Monday, March 3, 2025 9:14 AM
        To: Priya Patel <priya@morganlegal.com>
        Subject: Forms

        Please send the forms.

        Bob Stone | CEO
        Stone Capital Inc
        Mobile: (212) 555-0101
        """,
            "Patel, Priya",
            "priya@morganlegal.com");

    assertThat(proposals.phones())
        .containsExactly(new Phone("+13125550122", "312-555-0122", Kind.WORK));
    assertThat(proposals.jobTitle()).isEqualTo("Paralegal");
    assertThat(proposals.company()).isEqualTo("Morgan Legal Group");
  }

  @Test
  void findsTheTitleOnTheNameLineWhenTheDisplayNameIsLastNameFirst() {
    var proposals =
        us.parse(
            """
        Thanks
        John Smith, VP Operations
        Acme Holdings Inc.
        +1 415 555 0132
        """,
            "Smith, John",
            "jsmith@acme.com");

    assertThat(proposals.jobTitle()).isEqualTo("VP Operations");
    assertThat(proposals.company()).isEqualTo("Acme Holdings Inc.");
    assertThat(proposals.phones()).extracting(Phone::e164).containsExactly("+14155550132");
  }

  @Test
  void proposesNothingForAMessageWithoutASignature() {
    var proposals =
        us.parse(
            """
        Can we move our review to Thursday at 2pm? Let me know what works.
        """,
            "Tom Reyes",
            "tom@reyes-advisory.com");

    assertThat(proposals).isEqualTo(SignatureProposals.NONE);
  }

  @Test
  void proposesNothingForAnEmptyBody() {
    assertThat(us.parse("", null, null)).isEqualTo(SignatureProposals.NONE);
  }

  @Test
  void turnsTheSendersDomainIntoACompanyName() {
    assertThat(CompanyDomains.companyFromDomain("a@hartwell-wealth.co.uk"))
        .isEqualTo("Hartwell Wealth");
    assertThat(CompanyDomains.companyFromDomain("a@mail.summitbank.com")).isEqualTo("Summitbank");
    assertThat(CompanyDomains.companyFromDomain("a@outlook.com")).isNull();
    assertThat(CompanyDomains.companyFromDomain("not an address")).isNull();
  }
}
