using System.Text.Json.Nodes;
using Bot.Protocol.Invoke;
using TeamsBot.Shifts;

namespace TeamsBot.Tests.Cards;

/// <summary>Cards already posted in Teams keep working: the payload records read and write exactly their data.</summary>
public sealed class ShiftPressesTests
{
    // What a close-down ritual posted before the payload records carries, as Teams sends it back from the submit fallback.
    private const string PostedRitualData =
        """{"channelId":"19:c@thread.tacv2","day":"2026-11-24","counsellorId":"29:anna","checkedIn":"639311328000000000","verb":"ritual.closedDown"}""";

    private static JsonObject Json(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void Read_RitualDataAsPostedCardsCarryIt_GivesTheShiftsReference()
    {
        var press = CardActionPayload.Read<ClosedDownPress>(Json(PostedRitualData));

        Assert.Equal(CardSamples.ClosedShift().Ref(CardSamples.Day), press?.ToRef());
    }

    [Fact]
    public void ToData_RitualPress_WritesThePostedCardsKeysAndTextValues()
    {
        var data = CardActionPayload.ToData(NeedToTalkPress.For(CardSamples.ClosedShift().Ref(CardSamples.Day)));

        data[AdaptiveCardAction.SubmitVerbKey] = ShiftVerbs.ClosedDown;
        Assert.Equal(PostedRitualData, data.ToJsonString());
    }

    [Theory]
    [InlineData("""{"day":"2026-11-24","verb":"shift.checkin"}""", "2026-11-24", null)]
    [InlineData("""{"verb":"shift.checkin"}""", null, null)]
    [InlineData("""{"counsellorId":"29:anna"}""", null, "29:anna")]
    public void Read_BoardDataOfEveryAge_Readable(string json, string? day, string? counsellor)
    {
        var press = CardActionPayload.Read<CheckInPress>(Json(json));

        Assert.Equal(new CheckInPress(day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), counsellor), press);
    }

    [Fact]
    public void Read_RitualDataMissingItsTickCount_Unreadable()
    {
        Assert.Null(CardActionPayload.Read<ClosedDownPress>(Json("""{"channelId":"19:c","day":"2026-11-24","counsellorId":"29:anna"}""")));
    }
}
