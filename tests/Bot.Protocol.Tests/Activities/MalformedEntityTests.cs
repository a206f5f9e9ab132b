using System.Text;
using Bot.Protocol.Activities;

namespace Bot.Protocol.Tests.Activities;

/// <summary>Entities come from the sender: a malformed one is ignored like an unknown one.</summary>
public sealed class MalformedEntityTests
{
    private static Activity WithEntities(string entities) => Activity.Parse(Encoding.UTF8.GetBytes($$"""
        {
          "type": "message", "id": "1", "channelId": "msteams",
          "from": { "id": "29:anna" }, "recipient": { "id": "28:bot", "name": "Vagtrum" },
          "conversation": { "id": "a:1", "conversationType": "personal" },
          "text": "<at>Vagtrum</at> /checkin",
          "entities": [ {{entities}},
            { "type": "mention", "text": "<at>Vagtrum</at>", "mentioned": { "id": "28:bot", "name": "Vagtrum" } },
            { "type": "clientInfo", "locale": "en-US" } ]
        }
        """));

    [Theory]
    [InlineData("null")]
    [InlineData("""{ "type": "mention", "mentioned": "28:bot" }""")]
    [InlineData("""{ "type": "mention", "mentioned": ["28:bot"] }""")]
    [InlineData("""{ "type": "mention", "mentioned": { "id": 5 } }""")]
    [InlineData("""{ "type": "mention", "mentioned": { "id": "28:bot", "name": { "x": 1 } } }""")]
    [InlineData("""{ "type": "mention", "mentioned": null }""")]
    [InlineData("""{ "type": null }""")]
    [InlineData("""{ "type": "clientInfo", "locale": 5 }""")]
    public void GetTextWithoutRecipientMention_MalformedEntity_IgnoresIt(string entity)
    {
        var activity = WithEntities(entity);

        Assert.Equal("/checkin", activity.GetTextWithoutRecipientMention());
        Assert.True(activity.MentionsRecipient());
    }

    [Theory]
    [InlineData("null")]
    [InlineData("""{ "type": "clientInfo", "locale": { "x": 1 } }""")]
    public void GetLocale_MalformedEntityFirst_ReadsTheWellFormedOne(string entity)
    {
        Assert.Equal("en-US", WithEntities(entity).GetLocale());
    }

    [Fact]
    public void Get_FieldOfTheWrongShape_ReturnsDefault()
    {
        var mention = WithEntities("""{ "type": "mention", "mentioned": "x" }""").Entities![0];

        Assert.Null(mention.Get<ChannelAccount>("mentioned"));
    }
}
