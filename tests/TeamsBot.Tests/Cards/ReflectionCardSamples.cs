using Microsoft.Extensions.Options;
using TeamsBot.Cards;
using TeamsBot.Organisation;
using TeamsBot.Reflections;
using TeamsBot.Sparring;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

/// <summary>The reflection feature's cards in each of their states, from fixed sample data (see <see cref="CardSamples"/>).</summary>
public static class ReflectionCardSamples
{
    public const string FormId = "0f8fad5bd9cb469fa16570867728950e";

    public static readonly string[] Names =
    [
        "reflection-form", "reflection-form-refused", "reflection-form-identifier", "reflection-form-not-saved",
        "reflection-summary", "reflection-summary-child-concern", "reflection-summary-talk-now", "reflection-summary-already-saved",
    ];

    private static readonly ReflectionFormValues Typed = new(
        ContactForm: "chat", Minutes: "300", Topics: "parenting,divorce", Referrals: "headspace", ChildConcern: "false",
        Feeling: "2", Private: "Jeg tænker stadig på samtalen.", Sparring: "afterShift", Share: "true");

    public static AdaptiveCard Build(string name)
    {
        var texts = TestTexts.Create<TeamsBot.Reflections.Strings>();
        var options = new ReflectionOptions { ChildConcernProcedureUrl = new Uri("https://intranet.example.org/underretning") };
        var sparring = new SparringContacts(Options.Create(new SparringOptions { Contact = new SparringContact { Name = "Birgit", Phone = "+45 12345678", TeamsUserPrincipalName = "birgit@example.org" } }),
            TestTexts.Create<TeamsBot.Sparring.Strings>());
        var saved = CardSamples.At(17, 40);
        return name switch
        {
            "reflection-form" => ReflectionFormCard.Build(new ReflectionFormView(FormId), options, texts),
            "reflection-form-refused" => ReflectionFormCard.Build(new ReflectionFormView(FormId, Typed, Validate(Typed with { ContactForm = "" }), null), options, texts),
            "reflection-form-identifier" => Identifier(options, texts),
            "reflection-form-not-saved" => ReflectionFormCard.Build(new ReflectionFormView(FormId, Typed with { Minutes = "25" }, null, texts["Form.NotSaved"]), options, texts),
            "reflection-summary" => ReflectionSummaryCard.Build(Submitted(childConcern: false, SparringNeed.None), saved, options, sparring, texts),
            "reflection-summary-child-concern" => ReflectionSummaryCard.Build(Submitted(childConcern: true, SparringNeed.LaterInShift), saved, options, sparring, texts),
            "reflection-summary-talk-now" => ReflectionSummaryCard.Build(Submitted(childConcern: true, SparringNeed.None), saved, options, sparring, texts, showingSparring: true),
            "reflection-summary-already-saved" => ReflectionSummaryCard.Build(Submitted(childConcern: false, SparringNeed.None), saved, options, sparring, texts, alreadySaved: true),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    private static ReflectionValidationResult Validate(ReflectionFormValues values) =>
        ReflectionValidation.Validate(values, ReflectionDefaults.Topics, ReflectionDefaults.Referrals);

    /// <summary>The identifier is built from parts so no whole one sits in the source or a test log.</summary>
    private static AdaptiveCard Identifier(ReflectionOptions options, TeamsBot.Localization.Texts texts)
    {
        var values = Typed with { Minutes = "25", Private = "Hun gav mig sit nummer " + string.Join(" ", "22", "33", "44", "55") + " og bad mig ringe." };
        return ReflectionFormCard.Build(new ReflectionFormView(FormId, values, Validate(values)), options, texts);
    }

    private static Reflection Submitted(bool childConcern, SparringNeed sparring) => new(
        FormId, new Person("29:anna", "Anna Jensen"), null, CardSamples.At(17, 30), ReflectionState.Submitted, CardSamples.At(17, 40),
        new ReflectionAnswers(ContactForm.Phone, 25, ["parenting", "loneliness"], ["gp", "familieretshuset"], childConcern, 3, sparring, Share: false),
        ProtectedPrivateText: "CfDJ8-sample-ciphertext");
}
