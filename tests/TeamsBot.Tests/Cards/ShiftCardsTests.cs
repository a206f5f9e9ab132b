using System.Text.Json.Nodes;
using Bot.Protocol.Invoke;
using TeamsBot.Cards;
using TeamsBot.Shifts;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

public sealed class ShiftCardsTests
{
    public static TheoryData<string, string> AllCards() => new()
    {
        { "shift-board", "da-DK" }, { "shift-board", "en-US" }, { "shift-board-empty", "da-DK" }, { "start-ritual", "da-DK" }, { "start-ritual", "en-GB" },
        { "close-ritual-open", "da-DK" }, { "close-ritual-sparring", "en-US" }, { "close-ritual-closed-down", "da-DK" }, { "help", "da-DK" }, { "help-unknown-command", "en-US" },
    };

    private static AdaptiveCard Build(string name) => CardSamples.Build(name);

    [Theory]
    [MemberData(nameof(AllCards))]
    public void Build_EveryCard_IsValidAdaptiveCard15(string name, string culture)
    {
        using var _ = TestTexts.Culture(culture);

        CardSchema.AssertValid(Build(name));
    }

    [Fact]
    public void Validate_BrokenCard_IsRejectedBySchema()
    {
        using var _ = TestTexts.Culture("da-DK");
        var json = JsonNode.Parse(CardSchema.ToJson(Build("shift-board")))!;
        json["body"]![0]!.AsObject().Remove("text");
        json["actions"]![0]!["type"] = "Action.Teleport";

        Assert.NotEmpty(CardSchema.Errors(json.ToJsonString()));
    }

    [Fact]
    public void ShiftBoardCard_English_ShowsEnglishHeadingsAndTimes()
    {
        using var _ = TestTexts.Culture("en-GB");

        var json = CardSchema.ToJson(Build("shift-board"));

        Assert.Contains("On duty now", json, StringComparison.Ordinal);
        Assert.Contains("since 17:02", json, StringComparison.Ordinal);
        Assert.Contains("01:00–13:00 · not checked out", json, StringComparison.Ordinal);
        Assert.DoesNotContain("På vagt", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ShiftBoardCard_Buttons_AreExecuteActionsWithSubmitFallbackCarryingTheVerb()
    {
        using var _ = TestTexts.Culture("da-DK");

        var card = JsonNode.Parse(CardSchema.ToJson(Build("shift-board")))!;

        var actions = card["actions"]!.AsArray();
        Assert.Equal(["Action.Execute", "Action.Execute", "Action.OpenUrl"], actions.Select(a => (string)a!["type"]!));
        Assert.Equal(ShiftVerbs.CheckOut, (string)actions[1]!["verb"]!);
        Assert.Equal("Action.Submit", (string)actions[1]!["fallback"]!["type"]!);
        Assert.Equal(ShiftVerbs.CheckOut, (string)actions[1]!["fallback"]!["data"]!["verb"]!);
    }

    [Fact]
    public void CloseRitualCard_Buttons_CarryAShiftReferenceThatParsesBack()
    {
        using var _ = TestTexts.Culture("da-DK");
        var closed = CardSamples.ClosedShift();

        var card = JsonNode.Parse(CardSchema.ToJson(Build("close-ritual-open")))!;
        var data = card["actions"]![0]!["data"]!.AsObject();
        var parsed = CardActionPayload.Read<ClosedDownPress>(data)?.ToRef();

        Assert.Equal(closed.Ref(CardSamples.Day), parsed);
    }
}
