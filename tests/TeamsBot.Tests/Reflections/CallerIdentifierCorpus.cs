namespace TeamsBot.Tests.Reflections;

/// <summary>
/// The guard's corpus. Identifier cases mark each identifier with braces and say which kinds they are
/// (C = CPR, P = phone, E = e-mail, in the guard's order). Every number and address here is made up.
/// Tests refer to cases by number only, so no identifier ever appears in a test name or log.
/// </summary>
internal static class CallerIdentifierCorpus
{
    public static readonly (string Kinds, string Text)[] WithIdentifiers =
    [
        // CPR numbers: with dash, without, with a space; any date-valid number, no modulus 11.
        ("C", "Hun sagde sit cpr-nr. {010190-1234} flere gange."),
        ("C", "{0101901234}"),
        ("C", "cpr {010190 1234}"),
        ("C", "Han er født {311299-3456} og bor alene."),
        ("C", "Pigens nummer: {290200-4123}"),          // 29 February 2000: 7th digit 4, year 00 is the 2000s
        ("C", "{150607-4321}"),
        ("C", "{241215-5678}"),                        // 7th digit 5, year 15: 2015
        ("C", "{010185-9999}"),                        // 7th digit 9, year 85: 1985
        ("C", "{050560-6123}"),                        // 7th digit 6, year 60: 1860, still a date
        ("C", "{300412-1111}"),
        ("C", "{010203\u20134567}"),                   // en dash, as Word and Teams sometimes write it
        ("C", "Barnets nummer er {1203151234}."),
        ("C", "({010190-1234})"),
        ("C", "cpr:{010190-1234}"),
        ("C", "{010190-1235}"),                        // fails modulus 11, caught anyway
        ("C", "{010190\u00A01234}"),                   // non-breaking space
        ("C", "{010190-1234}, og hendes søn har {020315-4321}"),
        ("C", "Mor oplyste {0304781122} i starten af samtalen"),
        ("C", "cpr {12.03.90-1234}"),                  // a date with dots, as copied from a paper
        ("C", "{12.03.1990-1234}"),                    // and with a four-digit year: still a CPR number, not a phone number
        ("C", "{120390 - 1234}"),                      // spaces around the dash
        // Phone numbers: eight digits, 2-2-2-2, 4-4, with spaces or dashes, with +45, 0045 or (+45).
        ("P", "{12345678}"),
        ("P", "Hun bad mig ringe på {20 12 34 56} i morgen."),
        ("P", "{2012 3456}"),
        ("P", "{20-12-34-56}"),
        ("P", "{2012-3456}"),
        ("P", "{+45 20 12 34 56}"),
        ("P", "{+4520123456}"),
        ("P", "{0045 20123456}"),
        ("P", "{0045 2012 3456}"),
        ("P", "{(+45) 20 12 34 56}"),
        ("P", "{+45-20123456}"),
        ("P", "ring på {40 50 60 70} i morgen"),
        ("P", "mobil: {61234567}"),
        ("P", "hun har nummer {3333 4444}."),
        ("P", "tlf.{98765432}"),
        ("P", "{20 12 34 56}/{30 40 50 60}"),
        ("P", "{20\u00A012\u00A034\u00A056}"),
        ("P", "{+45 2015-2019}"),                      // a year-like span is a number once it has a country code
        ("P", "{2015 2019}"),                          // with a space it is a number, not a span of years
        ("P", "tlf. {2130-2245}"),                     // a 20-series mobile number looks like a span of times
        ("P", "i årene {2015-2019}"),                  // written like a mobile number: caught (write "2015 til 2019")
        ("P", "{70 10 20 30}"),
        ("P", "{20.12.34.56}"),                        // 2-2-2-2 with dots
        ("P", "Faren har {88 88 88 88}, sagde hun."),
        ("P", "Skriv til {+45 4012 3456} efter kl. 16"),
        // E-mail addresses.
        ("E", "{anna@example.dk}"),
        ("E", "{mor.far+barn@mail.example.com}"),
        ("E", "Hun skrev fra {søren@æblehaven.dk} i går."),
        ("E", "{a_b-c@sub.domæne.dk}"),
        ("E", "<{x@y.io}>"),
        ("E", "{Kontakt.Mig@Hotmail.COM}"),
        ("E", "e-mail: {jens1234@gmail.com}"),
        ("E", "{jens12345678@gmail.com}"),             // the digits inside an address are not a phone number too
        ("E", "mail ({lise.k@firma.co.uk}), svarer sjældent"),
        // Several kinds in one text: reported once each, in the guard's order.
        ("CP", "{010190-1234} og {20 12 34 56}"),
        ("CPE", "{anna@example.dk} / {+45 20 12 34 56} / {0101901234}"),
        ("PE", "Kontakt: {ole@example.org}, {2233 4455}"),
        ("CE", "{020202-2020} skrev fra {k@k.dk}"),
    ];

    public static readonly string[] Ordinary =
    [
        "10 minutter", "Samtalen varede 45 minutter.", "kl. 17-19", "kl. 17.00-19.00", "kl. 8.30",
        "fra 0800-1600", "2 børn på 8 og 12", "mellem 2015 og 2019", "vagt 1800-0200", "fra 1998\u20132004",
        "ca. 3.500 kr.", "3.500.000 kr.", "kr. 12.000", "24.12", "24.12.2026", "d. 24/12", "uge 47", "uge 47-48",
        "§ 153", "§ 153, stk. 1", "underretning efter servicelovens § 153", "børnefaglig undersøgelse efter § 50",
        "lov nr. 1234", "Hun er 34 år", "børn på 3, 5 og 7 år", "lokale 2.14", "værelse 214", "Opgang 12, 3. th.",
        "2610 Rødovre", "bus 200S", "1-2 gange om ugen", "3-4 timer", "7/7-ordning", "ca. 20-25 samtaler", "100 %",
        "ca. 1/3", "den 1. maj", "2024", "i 2023 og 2024", "kl. 22-07", "mellem kl. 7 og 22", "1.000-2.000 kr.",
        "Han drikker 10-12 genstande om dagen", "version 1.2.3", "12:30", "1 time og 15 min", "ring 112",
        "lægevagten 1813", "Børnetelefonen 116 111", "i 2019-20", "2 x 45 min", "ved 20-tiden", "5 ½ år",
        "Hun skrev til mig @ chatten", "www.sundhed.dk", "https://example.dk/hjaelp", "Tlf. ikke oplyst",
        "12 34 56", "123 456 789", "1234567", "123456789", "12345678901", "1234 567", "20 12 34",
        "320190-1234",  // day 32
        "011390-1234",  // month 13
        "290200-1234",  // 29 February 1900 (7th digit 1): not a leap year
        "000190-1234",  // day 0
        "310490-1234",  // 31 April
        "Mor (42) og far (45) er gået fra hinanden for 3 år siden, og de to piger på 9 og 14 bor hos mor.",
        "Vi talte om skolen, om 8. klasse og om de 3-4 dage om ugen hvor hun ikke kom af sted.",
        "Han har været sygemeldt siden 1. marts og får ca. 15.000 kr. om måneden.",
        "Jeg henviste til Familieretshuset og kommunens familierådgivning.",
        "Hun ringede igen kl. 21.40, anden gang i uge 47.",
        "Samtalen sluttede 23.55; vi aftalte at hun ringer i morgen mellem 17 og 19.",
        "Det mindede mig om en samtale i 2021, jeg skal huske at tale med min koordinator.",
        "Drengen på 16 drikker i weekenden, 6-8 øl, og faren er bekymret.",
        "Hun har 2 børn, 4 og 11 år, og en bonussøn på 17.",
        "Jeg var træt efter 3 samtaler i træk på i alt 95 minutter.",
    ];
}
