using TeamsBot.Reflections;
using TeamsBot.Reflections.Anonymity;

namespace TeamsBot.Tests.Reflections;

/// <summary>The form's rules, as the bot checks what a card sends (every value a string, possibly forged).</summary>
public sealed class ReflectionValidationTests
{
    private static readonly ReflectionFormValues Valid = new(
        ContactForm: "phone", Minutes: "25", Topics: "parenting,divorce", Referrals: "gp", ChildConcern: "true",
        Feeling: "4", Private: "Det gik fint.", Sparring: "laterInShift", Share: "false");

    private static ReflectionValidationResult Validate(ReflectionFormValues values) =>
        ReflectionValidation.Validate(values, ReflectionDefaults.Topics, ReflectionDefaults.Referrals);

    [Fact]
    public void Validate_AllFilledIn_ReturnsTypedAnswers()
    {
        var result = Validate(Valid);

        Assert.True(result.IsValid);
        Assert.Equal(new ReflectionAnswers(ContactForm.Phone, 25, ["parenting", "divorce"], ["gp"], true, 4, SparringNeed.LaterInShift, false, "Det gik fint."), result.Answers);
    }

    [Fact]
    public void Validate_OnlyRequiredFields_DefaultsTheRest()
    {
        var result = Validate(new ReflectionFormValues(ContactForm: "inPerson", Minutes: "1"));

        Assert.Equal(new ReflectionAnswers(ContactForm.InPerson, 1, [], [], false, null, SparringNeed.None, false, string.Empty), result.Answers);
    }

    [Theory]
    [InlineData("phone", ContactForm.Phone)]
    [InlineData("chat", ContactForm.Chat)]
    [InlineData("video", ContactForm.Video)]
    [InlineData("inPerson", ContactForm.InPerson)]
    public void Validate_EachContactForm_IsRead(string value, ContactForm expected) =>
        Assert.Equal(expected, Validate(Valid with { ContactForm = value }).Answers!.ContactForm);

    [Theory]
    [InlineData(null, ReflectionProblem.Required)]
    [InlineData("", ReflectionProblem.Required)]
    [InlineData("letter", ReflectionProblem.NotAChoice)]
    [InlineData("Phone", ReflectionProblem.NotAChoice)]
    public void Validate_BadContactForm_IsAProblemOfThatInput(string? value, ReflectionProblem expected) =>
        Assert.Equal(expected, Validate(Valid with { ContactForm = value }).Problems[ReflectionInputs.ContactForm]);

    [Theory]
    [InlineData("1", 1)]
    [InlineData("240", 240)]
    [InlineData("45.0", 45)]
    [InlineData(" 12 ", 12)]
    public void Validate_WholeMinutesInRange_AreRead(string value, int expected) =>
        Assert.Equal(expected, Validate(Valid with { Minutes = value }).Answers!.Minutes);

    [Theory]
    [InlineData(null, ReflectionProblem.Required)]
    [InlineData(" ", ReflectionProblem.Required)]
    [InlineData("0", ReflectionProblem.OutOfRange)]
    [InlineData("241", ReflectionProblem.OutOfRange)]
    [InlineData("-5", ReflectionProblem.OutOfRange)]
    [InlineData("12.5", ReflectionProblem.NotAWholeNumber)]
    [InlineData("tyve", ReflectionProblem.NotAWholeNumber)]
    [InlineData("1e3", ReflectionProblem.NotAWholeNumber)]
    public void Validate_BadMinutes_IsAProblemOfThatInput(string? value, ReflectionProblem expected) =>
        Assert.Equal(expected, Validate(Valid with { Minutes = value }).Problems[ReflectionInputs.Minutes]);

    [Fact]
    public void Validate_TopicOrReferralNotConfigured_IsRefused()
    {
        var result = Validate(Valid with { Topics = "parenting,hacking", Referrals = "elsewhere" });

        Assert.False(result.IsValid);
        Assert.Equal(ReflectionProblem.NotAChoice, result.Problems[ReflectionInputs.Topics]);
        Assert.Equal(ReflectionProblem.NotAChoice, result.Problems[ReflectionInputs.Referrals]);
    }

    [Fact]
    public void Validate_ConfiguredTopics_AreTheOnesAccepted()
    {
        ReflectionChoice[] topics = [new("housing", "Bolig", "Housing")];

        var accepted = ReflectionValidation.Validate(Valid with { Topics = "housing" }, topics, ReflectionDefaults.Referrals);
        var defaultOne = ReflectionValidation.Validate(Valid with { Topics = "parenting" }, topics, ReflectionDefaults.Referrals);

        Assert.Equal(["housing"], accepted.Answers!.Topics);
        Assert.Equal(ReflectionProblem.NotAChoice, defaultOne.Problems[ReflectionInputs.Topics]);
    }

    [Fact]
    public void Validate_RepeatedTopic_IsKeptOnce() =>
        Assert.Equal(["parenting"], Validate(Valid with { Topics = "parenting, parenting" }).Answers!.Topics);

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("3.5")]
    [InlineData("good")]
    public void Validate_FeelingOutside1To5_IsRefused(string value) =>
        Assert.Equal(ReflectionProblem.NotAChoice, Validate(Valid with { Feeling = value }).Problems[ReflectionInputs.Feeling]);

    [Fact]
    public void Validate_NoFeeling_IsAllowed() =>
        Assert.Null(Validate(Valid with { Feeling = "" }).Answers!.Feeling);

    [Theory]
    [InlineData("none", SparringNeed.None)]
    [InlineData("now", SparringNeed.Now)]
    [InlineData("laterInShift", SparringNeed.LaterInShift)]
    [InlineData("afterShift", SparringNeed.AfterShift)]
    [InlineData(null, SparringNeed.None)]
    public void Validate_Sparring_IsReadWithNoneAsDefault(string? value, SparringNeed expected) =>
        Assert.Equal(expected, Validate(Valid with { Sparring = value }).Answers!.Sparring);

    [Fact]
    public void Validate_UnknownSparring_IsRefused() =>
        Assert.Equal(ReflectionProblem.NotAChoice, Validate(Valid with { Sparring = "tomorrow" }).Problems[ReflectionInputs.Sparring]);

    [Theory]
    [InlineData("yes", ReflectionInputs.ChildConcern)]
    [InlineData("1", ReflectionInputs.Share)]
    public void Validate_ToggleNotTrueOrFalse_IsRefused(string value, string input)
    {
        var values = input == ReflectionInputs.Share ? Valid with { Share = value } : Valid with { ChildConcern = value };

        Assert.Equal(ReflectionProblem.NotAChoice, Validate(values).Problems[input]);
    }

    [Fact]
    public void Validate_PrivateTextOf2000_IsAcceptedAnd2001Refused()
    {
        var atLimit = Validate(Valid with { Private = new string('a', 2000) });
        var over = Validate(Valid with { Private = new string('a', 2001) });

        Assert.True(atLimit.IsValid);
        Assert.Equal(ReflectionProblem.TooLong, over.Problems[ReflectionInputs.Private]);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEachByItsInputId()
    {
        var result = Validate(new ReflectionFormValues(Minutes: "500", Feeling: "9"));

        Assert.Null(result.Answers);
        Assert.Equal(
            new Dictionary<string, ReflectionProblem>
            {
                [ReflectionInputs.ContactForm] = ReflectionProblem.Required,
                [ReflectionInputs.Minutes] = ReflectionProblem.OutOfRange,
                [ReflectionInputs.Feeling] = ReflectionProblem.NotAChoice,
            },
            result.Problems);
    }

    [Fact]
    public void Validate_PrivateTextWithCallerIdentifiers_NamesTheKindsAndMasksThem()
    {
        // Built from parts, so no whole identifier sits in the source or in a test name.
        var text = $"Mor ({string.Concat("1203", "85-", "4321")}) bad mig skrive til {string.Concat("mor", "@", "example.org")}.";

        var result = Validate(Valid with { Private = text });

        Assert.Null(result.Answers);
        Assert.Equal(ReflectionProblem.CallerIdentifier, result.Problems[ReflectionInputs.Private]);
        Assert.Equal([CallerIdentifierKind.CprNumber, CallerIdentifierKind.EmailAddress], result.IdentifiersFound);
        Assert.Equal("Mor (***) bad mig skrive til ***.", result.MaskedPrivate);
    }

    [Fact]
    public void Validate_IdentifierInALongText_ReportsTheIdentifier()
    {
        var result = Validate(Valid with { Private = new string('a', 2001) + " " + string.Join(" ", "22", "33", "44", "55") });

        Assert.Equal(ReflectionProblem.CallerIdentifier, result.Problems[ReflectionInputs.Private]);
    }

    [Fact]
    public void Validate_OrdinaryCounsellingNumbers_PassTheGuard()
    {
        var result = Validate(Valid with { Private = "2 børn på 8 og 12, kl. 17-19, mellem 2015 og 2019, ca. 3.500 kr., uge 47, § 153." });

        Assert.True(result.IsValid);
        Assert.Empty(result.IdentifiersFound);
    }
}
