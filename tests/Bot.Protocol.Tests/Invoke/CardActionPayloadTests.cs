using System.Text.Json.Nodes;
using Bot.Protocol.Invoke;

namespace Bot.Protocol.Tests.Invoke;

public sealed class CardActionPayloadTests
{
    private sealed record ShiftPress(string ChannelId, DateOnly Day, long CheckedIn, string? Note = null) : ICardActionPayload
    {
        public static string Verb => "test.shift";
    }

    private sealed record FormPress(int Calls, decimal Hours, bool Agree, IReadOnlyList<string> Topics, TimeOnly? At = null) : ICardActionPayload
    {
        public static string Verb => "test.form";
    }

    private sealed record OptionalInputsPress(int? Calls, DateOnly? Day, TimeOnly? At, string? Note, bool? FollowUp) : ICardActionPayload
    {
        public static string Verb => "test.optional";
    }

    private static JsonObject Json(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void Read_AllMembersPresent_ReturnsRecord()
    {
        var payload = CardActionPayload.Read<ShiftPress>(Json("""{"channelId":"19:c","day":"2026-11-24","checkedIn":"639000000000000000"}"""));

        Assert.Equal(new ShiftPress("19:c", new DateOnly(2026, 11, 24), 639000000000000000), payload);
    }

    [Theory]
    [InlineData("""{"day":"2026-11-24","checkedIn":"1"}""")]
    [InlineData("""{"channelId":null,"day":"2026-11-24","checkedIn":"1"}""")]
    [InlineData("""{"channelId":5,"day":"2026-11-24","checkedIn":"1"}""")]
    [InlineData("""{"channelId":{},"day":"2026-11-24","checkedIn":"1"}""")]
    [InlineData("""{"channelId":"19:c","day":"not-a-day","checkedIn":"1"}""")]
    [InlineData("""{"channelId":"19:c","day":"2026-11-24","checkedIn":"soon"}""")]
    [InlineData("""{"channelId":"19:c","day":"2026-11-24","checkedIn":"1","note":7}""")]
    [InlineData("""{}""")]
    public void Read_MissingOrMistypedMember_ReturnsNull(string json)
    {
        Assert.Null(CardActionPayload.Read<ShiftPress>(Json(json)));
    }

    [Fact]
    public void Read_SubmitVerbAndUnknownInputs_Ignored()
    {
        var payload = CardActionPayload.Read<ShiftPress>(Json("""{"verb":"test.shift","channelId":"19:c","day":"2026-11-24","checkedIn":1,"comment":"x"}"""));

        Assert.Equal("19:c", payload?.ChannelId);
    }

    [Fact]
    public void Read_InputValuesAsTheClientSendsThem_ReadAsTypedMembers()
    {
        var payload = CardActionPayload.Read<FormPress>(Json("""{"calls":"3","hours":"1.5","agree":"true","topics":"family,cannabis","at":"17:30"}"""));

        Assert.NotNull(payload);
        Assert.Equal((3, 1.5m, true, new TimeOnly(17, 30)), (payload.Calls, payload.Hours, payload.Agree, payload.At));
        Assert.Equal(["family", "cannabis"], payload.Topics);
    }

    [Fact]
    public void Read_OptionalInputsLeftEmpty_ReadAsNull()
    {
        var payload = CardActionPayload.Read<OptionalInputsPress>(Json("""{"calls":"","day":"","at":"","note":"","followUp":"true"}"""));

        Assert.Equal(new OptionalInputsPress(null, null, null, "", true), payload);
    }

    [Fact]
    public void Read_OptionalInputsFilledIn_ReadAsTheirValues()
    {
        var payload = CardActionPayload.Read<OptionalInputsPress>(Json("""{"calls":"4","day":"2026-11-24","at":"08:15","note":"hej","followUp":false}"""));

        Assert.Equal(new OptionalInputsPress(4, new DateOnly(2026, 11, 24), new TimeOnly(8, 15), "hej", false), payload);
    }

    [Fact]
    public void ToData_OptionalMembers_NumbersAsTextAndNullsLeftOut()
    {
        var data = CardActionPayload.ToData(new OptionalInputsPress(4, null, new TimeOnly(8, 15), null, true));

        Assert.Equal("""{"calls":"4","at":"08:15:00","followUp":true}""", data.ToJsonString());
    }

    [Theory]
    [InlineData("""{"calls":"3","hours":"1","agree":"maybe","topics":""}""")]
    [InlineData("""{"calls":"three","hours":"1","agree":"false","topics":""}""")]
    [InlineData("""{"calls":"3","hours":"1","agree":"false","topics":5}""")]
    public void Read_InputValueThatIsNotItsType_ReturnsNull(string json)
    {
        Assert.Null(CardActionPayload.Read<FormPress>(Json(json)));
    }

    [Fact]
    public void ToData_LargeInteger_WrittenAsStringSoTheJavaScriptClientDoesNotRoundIt()
    {
        var data = CardActionPayload.ToData(new ShiftPress("19:c", new DateOnly(2026, 11, 24), 639000000000000001));

        Assert.Equal("""{"channelId":"19:c","day":"2026-11-24","checkedIn":"639000000000000001"}""", data.ToJsonString());
    }

    [Fact]
    public void ToData_ThenRead_RoundTrips()
    {
        var press = new FormPress(2, 0.75m, false, ["a", "b"], new TimeOnly(9, 5));

        var read = CardActionPayload.Read<FormPress>(CardActionPayload.ToData(press));

        Assert.NotNull(read);
        Assert.Equal((press.Calls, press.Hours, press.Agree, press.At), (read.Calls, read.Hours, read.Agree, read.At));
        Assert.Equal(press.Topics, read.Topics);
    }

    [Fact]
    public void Read_ViaAction_ReadsItsData()
    {
        var action = new AdaptiveCardAction("test.shift", Json("""{"channelId":"19:c","day":"2026-11-24","checkedIn":"2"}"""), null, IsInvoke: true);

        Assert.Equal(2, action.Read<ShiftPress>()?.CheckedIn);
    }
}
