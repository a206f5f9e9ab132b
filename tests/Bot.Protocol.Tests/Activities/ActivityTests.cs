using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Protocol.Activities;

namespace Bot.Protocol.Tests.Activities;

public sealed class ActivityTests
{
    private const string ChannelMessage = """
        {
          "type": "message", "id": "1700000000000", "timestamp": "2026-11-24T16:00:00.123Z",
          "serviceUrl": "https://smba.trafficmanager.net/emea/", "channelId": "msteams",
          "from": { "id": "29:anna", "name": "Anna", "aadObjectId": "aad-1", "futureField": 7 },
          "conversation": { "id": "19:x@thread.tacv2;messageid=1699", "conversationType": "channel", "isGroup": true, "tenantId": "t1" },
          "recipient": { "id": "28:bot", "name": "Vagtrum" },
          "text": "<at>Vagtrum</at>&nbsp;/checkin ",
          "entities": [
            { "type": "mention", "text": "<at>Vagtrum</at>", "mentioned": { "id": "28:bot", "name": "Vagtrum" } },
            { "type": "clientInfo", "locale": "en-US", "country": "DK" }
          ],
          "channelData": { "tenant": { "id": "t1" }, "team": { "id": "19:team" }, "channel": { "id": "19:x@thread.tacv2" } },
          "somethingNew": { "nested": [1, 2, 3] }
        }
        """;

    private static Activity Parse(string json) => Activity.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Parse_TeamsChannelMessage_ReadsTypedFields()
    {
        var activity = Parse(ChannelMessage);

        Assert.Equal(("message", "msteams", "29:anna", "t1"), (activity.Type, activity.ChannelId, activity.From!.Id, activity.GetTenantId()));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 16, 0, 0, 123, TimeSpan.Zero), activity.Timestamp);
        Assert.True(activity.IsChannel());
        Assert.Equal("19:x@thread.tacv2", activity.GetRootConversationId());
        Assert.Equal("19:team", TeamsChannelData.From(activity).Team!.Id);
    }

    [Fact]
    public void ToJson_AfterParse_KeepsUnknownFieldsAndOmitsNulls()
    {
        var json = JsonNode.Parse(Parse(ChannelMessage).ToJson())!;

        Assert.Equal(3, json["somethingNew"]!["nested"]!.AsArray().Count);
        Assert.Equal(7, (int)json["from"]!["futureField"]!);
        Assert.Null(json["replyToId"]);
        Assert.False(json.AsObject().ContainsKey("value"));
    }

    [Fact]
    public void GetTextWithoutRecipientMention_MentionAndEntities_LeavesTheCommand()
    {
        Assert.Equal("/checkin", Parse(ChannelMessage).GetTextWithoutRecipientMention());
    }

    [Fact]
    public void GetTextWithoutRecipientMention_OtherUserMentioned_KeepsTheirName()
    {
        var activity = Parse(ChannelMessage);
        activity.Text = "<at>Vagtrum</at> spørg <at>Bo</at>";
        activity.Entities!.Add(new Entity { Type = "mention", Properties = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>("""{"text":"<at>Bo</at>","mentioned":{"id":"29:bo","name":"Bo"}}""") });

        Assert.Equal("spørg <at>Bo</at>", activity.GetTextWithoutRecipientMention());
        Assert.True(activity.MentionsRecipient());
    }

    [Fact]
    public void GetLocale_NoActivityLocale_FallsBackToClientInfo()
    {
        Assert.Equal("en-US", Parse(ChannelMessage).GetLocale());
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"type\": 5}")]
    [InlineData("{\"type\": \"message\"")]
    public void Parse_NotAnActivity_ThrowsJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => Parse(json));
    }

    [Fact]
    public void Parse_UnknownActivityType_Accepted()
    {
        Assert.Equal("holographicCall", Parse("""{"type":"holographicCall","id":"1"}""").Type);
    }
}
