using System.Text.Json.Nodes;
using Bot.Protocol.Invoke;
using TeamsBot.Cards;

namespace TeamsBot.Tests.Cards;

/// <summary>The card vocabulary itself: every input element and both kinds of button, proven valid Adaptive Card 1.5.</summary>
public sealed class CardVocabularyTests
{
    public static readonly string[] ExpectedFiles = ["every-input.json"];

    // The button carries only what the card knows (the reference); the inputs are nullable members Teams fills in.
    private sealed record SamplePress(
        string CaseRef, string? Note = null, int? Calls = null, bool? FollowUp = null, IReadOnlyList<string>? Topics = null, DateOnly? Day = null, TimeOnly? At = null)
        : ICardActionPayload
    {
        public static string Verb => "sample.send";
    }

    private sealed record CancelPress(string CaseRef) : ICardActionPayload
    {
        public static string Verb => "sample.cancel";
    }

    private sealed record VerbMemberPress(string Verb2) : ICardActionPayload
    {
        public static string Verb => "sample.verb";

        [System.Text.Json.Serialization.JsonPropertyName("verb")]
        public string Shadow => Verb2;
    }

    private static AdaptiveCard EveryInput() => new(
    [
        TextBlock.Heading("Every input"),
        new TextInput("note", "Note") { IsRequired = true, ErrorMessage = "Write a note.", IsMultiline = true, MaxLength = 500, Placeholder = "No names or numbers", Regex = "^[^@]*$" },
        new NumberInput("calls", "Calls") { Min = 0, Max = 40, Value = 1, IsRequired = true, ErrorMessage = "Between 0 and 40." },
        new ChoiceSetInput("topics", "Topics", [new Choice("Family", "family"), new Choice("Cannabis", "cannabis"), new Choice("Divorce", "divorce")])
        {
            IsMultiSelect = true, Style = "expanded", Value = "family,divorce",
        },
        new ToggleInput("followUp", "Follow-up", "I want a follow-up call") { ValueOn = "true", ValueOff = "false", Value = "false" },
        new DateInput("day", "Day") { Min = new DateOnly(2026, 11, 1), Max = new DateOnly(2026, 11, 30), Value = new DateOnly(2026, 11, 24) },
        new TimeInput("at", "Time") { Min = new TimeOnly(17, 0), Max = new TimeOnly(19, 0), Value = new TimeOnly(17, 30), IsRequired = false },
    ],
    [
        ExecuteAction.For("Send", new SamplePress("r-1")) with { Style = "positive", AssociatedInputs = AssociatedInputs.Auto },
        ExecuteAction.For("Cancel", new CancelPress("r-1")) with { AssociatedInputs = AssociatedInputs.None },
    ]);

    private static JsonObject Json(AdaptiveCard card) => JsonNode.Parse(CardSchema.ToJson(card))!.AsObject();

    [Fact]
    public void EveryInput_SampleCard_MatchesCheckedInJsonAndIsValidAdaptiveCard15()
    {
        var card = EveryInput();

        ExpectedJson.AssertMatches("every-input.json", CardSchema.ToJson(card));
        CardSchema.AssertValid(card);
    }

    [Theory]
    [InlineData(4, "title")]
    [InlineData(1, "id")]
    [InlineData(3, "choices")]
    public void Validate_InputMissingWhatTheSchemaRequires_Rejected(int bodyIndex, string member)
    {
        var json = Json(EveryInput());
        var input = json["body"]![bodyIndex]!.AsObject();
        input.Remove(member);
        if (member == "choices")
        {
            input["choices"] = new JsonArray(new JsonObject { ["title"] = "No value" });
        }

        Assert.NotEmpty(CardSchema.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Validate_UnknownAssociatedInputs_Rejected()
    {
        var json = Json(EveryInput());
        json["actions"]![1]!["associatedInputs"] = "some";

        Assert.NotEmpty(CardSchema.Errors(json.ToJsonString()));
    }

    [Fact]
    public void ExecuteAction_For_TakesTheVerbFromThePayloadTypeAndTheDataFromTheRecord()
    {
        var action = Json(EveryInput())["actions"]![1]!;

        Assert.Equal("sample.cancel", (string?)action["verb"]);
        Assert.Equal("""{"caseRef":"r-1"}""", action["data"]!.ToJsonString());
        Assert.Equal("none", (string?)action["associatedInputs"]);
    }

    [Fact]
    public void ExecuteAction_Fallback_IsASubmitWithTheSameDataTheVerbAndTheSameInputs()
    {
        var fallback = Json(EveryInput())["actions"]![1]!["fallback"]!;

        Assert.Equal("Action.Submit", (string?)fallback["type"]);
        Assert.Equal("""{"caseRef":"r-1","verb":"sample.cancel"}""", fallback["data"]!.ToJsonString());
        Assert.Equal("none", (string?)fallback["associatedInputs"]);
    }

    [Fact]
    public void ExecuteAction_PressWithTheCardsInputs_ReadsBackAsThePayloadRecord()
    {
        // What Teams sends for Send: the button's data with each input's value, as text, under the input's id.
        var data = Json(EveryInput())["actions"]![0]!["data"]!.AsObject();
        data["note"] = "Mother worried about her son";
        data["calls"] = "2";
        data["followUp"] = "true";
        data["topics"] = "family,divorce";
        data["day"] = "2026-11-24";
        data["at"] = "17:30";

        var press = new AdaptiveCardAction(SamplePress.Verb, data, null, IsInvoke: true).Read<SamplePress>();

        Assert.Equal(new SamplePress("r-1", "Mother worried about her son", 2, true, press!.Topics, new DateOnly(2026, 11, 24), new TimeOnly(17, 30)), press);
        Assert.Equal(["family", "divorce"], press.Topics);
    }

    [Fact]
    public void ExecuteAction_PayloadWithAMemberNamedVerb_Refused()
    {
        Assert.Throws<ArgumentException>(() => ExecuteAction.For("x", new VerbMemberPress("y")));
    }

    [Fact]
    public void Heading_IsMediumBolderAndAHeadingForScreenReaders()
    {
        var heading = TextBlock.Heading("Vagttavle");

        Assert.Equal(("Medium", "Bolder", "heading"), (heading.Size, heading.Weight, heading.Style));
    }
}
