using System.Text.Json.Nodes;
using TeamsBot.Cards;
using Microsoft.Extensions.Options;
using TeamsBot.Help;
using TeamsBot.Organisation;
using TeamsBot.Shifts;
using TeamsBot.Sparring;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

public sealed class ShiftCardsTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private static readonly DateOnly Day = new(2026, 11, 24);
    private static readonly Uri DropIn = new("https://teams.microsoft.com/l/meetup-join/drop-in");

    private static ShiftBoard SampleBoard() => ShiftBoard.Build(Day,
    [
        new Shift("c", new Person("29:anna", "Anna Jensen"), At(17, 2)),
        new Shift("c", new Person("29:bo", "Bo Hansen"), At(9, 0), At(13, 30), ShiftEnd.CheckedOut),
        new Shift("c", new Person("29:cy", "Cy Larsen"), At(1, 0), At(13, 0), ShiftEnd.ClosedByBot),
    ], Copenhagen);

    private static DateTimeOffset At(int hour, int minute) => new(2026, 11, 24, hour, minute, 0, TimeSpan.FromHours(1));

    private static Shift ClosedShift() => new("19:c@thread.tacv2", new Person("29:anna", "Anna Jensen"), At(17, 0), At(19, 0), ShiftEnd.CheckedOut);

    public static TheoryData<string, string> AllCards() => new()
    {
        { "board", "da-DK" }, { "board", "en-US" }, { "board-empty", "da-DK" }, { "start", "da-DK" }, { "start", "en-GB" },
        { "close-open", "da-DK" }, { "close-sparring", "en-US" }, { "close-done", "da-DK" }, { "help", "da-DK" }, { "help-unknown", "en-US" },
    };

    private static AdaptiveCard Build(string name)
    {
        var texts = TestTexts.Create<TeamsBot.Shifts.Strings>();
        var options = new ShiftOptions { DropInRoomUrl = DropIn };
        var sparring = new SparringContacts(Options.Create(new SparringOptions { Contact = new SparringContact { Name = "Birgit", Phone = "+45 12345678", TeamsUserPrincipalName = "birgit@example.org" } }),
            TestTexts.Create<TeamsBot.Sparring.Strings>());
        var closed = ClosedShift();
        var shiftRef = closed.Ref(Day);
        return name switch
        {
            "board" => ShiftBoardCard.Build(SampleBoard(), DropIn, texts),
            "board-empty" => ShiftBoardCard.Build(ShiftBoard.Build(Day, [], Copenhagen), null, texts),
            "start" => StartRitualCard.Build("Anna Jensen", options, sparring, texts),
            "close-open" => CloseRitualCard.Build(closed, shiftRef, options, sparring, texts, CloseRitualCard.State.Open),
            "close-sparring" => CloseRitualCard.Build(closed, shiftRef, options, sparring, texts, CloseRitualCard.State.ShowingSparring),
            "close-done" => CloseRitualCard.Build(closed, shiftRef, options, sparring, texts, CloseRitualCard.State.ClosedDown, At(19, 5)),
            "help" => HelpCard.Build(TestFeatures.Commands().Describe(), TestTexts.Create<TeamsBot.Help.Strings>()),
            "help-unknown" => HelpCard.Build(TestFeatures.Commands().Describe(), TestTexts.Create<TeamsBot.Help.Strings>(), "/kaffe"),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

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
        var json = JsonNode.Parse(CardSchema.ToJson(Build("board")))!;
        json["body"]![0]!.AsObject().Remove("text");
        json["actions"]![0]!["type"] = "Action.Teleport";

        Assert.NotEmpty(CardSchema.Errors(json.ToJsonString()));
    }

    [Fact]
    public void ShiftBoardCard_Danish_MatchesCheckedInExpectedJson()
    {
        using var _ = TestTexts.Culture("da-DK");

        var json = CardSchema.ToJson(Build("board"));

        var path = RepoPaths.InRepo("tests", "TeamsBot.Tests", "Cards", "Expected", "shift-board.da.json");
        if (Environment.GetEnvironmentVariable("UPDATE_EXPECTED_CARDS") == "1")
        {
            File.WriteAllText(path, json + "\n"); // Review the diff before committing it.
        }

        var expected = File.ReadAllText(path);
        Assert.Equal(JsonNode.Parse(expected)!.ToJsonString(), JsonNode.Parse(json)!.ToJsonString());
    }

    [Fact]
    public void ShiftBoardCard_English_ShowsEnglishHeadingsAndTimes()
    {
        using var _ = TestTexts.Culture("en-GB");

        var json = CardSchema.ToJson(Build("board"));

        Assert.Contains("On duty now", json, StringComparison.Ordinal);
        Assert.Contains("since 17:02", json, StringComparison.Ordinal);
        Assert.Contains("01:00–13:00 · not checked out", json, StringComparison.Ordinal);
        Assert.DoesNotContain("På vagt", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ShiftBoardCard_Buttons_AreExecuteActionsWithSubmitFallbackCarryingTheVerb()
    {
        using var _ = TestTexts.Culture("da-DK");

        var card = JsonNode.Parse(CardSchema.ToJson(Build("board")))!;

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
        var closed = ClosedShift();

        var card = JsonNode.Parse(CardSchema.ToJson(Build("close-open")))!;
        var data = card["actions"]![0]!["data"]!.AsObject();
        var parsed = CloseRitualCard.ParseRef(key => (string?)data[key]);

        Assert.Equal(closed.Ref(Day), parsed);
    }
}
