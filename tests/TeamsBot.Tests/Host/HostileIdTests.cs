using System.Net;
using System.Text.Json.Nodes;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>Ids come from the sender: one the bot cannot store or address is refused with 400, before anything happens.</summary>
public sealed class HostileIdTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public HostileIdTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    private async Task AssertRefusedAsync(JsonObject activity, string field)
    {
        var response = await _client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_bot.Connector.Requests);
        Assert.Empty(await _bot.StoredRowsAsync());
    }

    [Fact]
    public async Task PostAsync_ChannelThreadWithEmptyRoot_400()
    {
        var activity = Activities.ChannelMessage("29:a", "A", "/checkin");
        activity["conversation"]!["id"] = ";messageid=1";

        await AssertRefusedAsync(activity, "conversation.id");
    }

    [Theory]
    [InlineData("id", ".")]
    [InlineData("id", "..")]
    [InlineData("replyToId", "..")]
    [InlineData("conversation.id", ".")]
    [InlineData("conversation.id", "..")]
    [InlineData("conversation.id", "..;messageid=1")]
    [InlineData("conversation.id", "19:x@thread.tacv2;messageid=..")]
    public async Task PostAsync_DotSegmentId_400(string field, string id)
    {
        var activity = Activities.CardAction("29:a", "A", "shift.checkin");
        if (field == "conversation.id")
        {
            activity["conversation"]!["id"] = id;
        }
        else
        {
            activity[field] = id;
        }

        await AssertRefusedAsync(activity, field);
    }

    [Theory]
    [InlineData("replyToId", "")]
    [InlineData("id", " ")]
    [InlineData("from.id", "")]
    public async Task PostAsync_EmptyId_400(string field, string id)
    {
        var activity = Activities.CardAction("29:a", "A", "shift.checkin");
        switch (field.Split('.'))
        {
            case [var top, var inner]:
                activity[top]![inner] = id;
                break;
            default:
                activity[field] = id;
                break;
        }

        await AssertRefusedAsync(activity, field);
    }

    [Theory]
    [InlineData("id", 513, 'x')]
    [InlineData("from.id", 513, 'x')]
    [InlineData("conversation.id", 513, 'x')]
    [InlineData("replyToId", 513, 'x')]
    [InlineData("recipient.id", 513, 'x')]
    [InlineData("from.id", 180, '/')]
    [InlineData("conversation.id", 180, '/')]
    [InlineData("id", 180, '#')]
    public async Task PostAsync_IdTooLongForAKey_400(string field, int length, char filler)
    {
        var activity = Activities.CardAction("29:a", "A", "shift.checkin");
        var id = new string(filler, length);
        switch (field.Split('.'))
        {
            case [var top, var inner]:
                activity[top]![inner] = id;
                break;
            default:
                activity[field] = id;
                break;
        }

        await AssertRefusedAsync(activity, field);
    }
}
