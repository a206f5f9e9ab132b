using System.Net;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>
/// The board is edited as Teams edits a channel post (in the post's own thread), and a new board is posted only when
/// Teams says the old one is gone; a passing refusal keeps the board for the next change to try again.
/// </summary>
public sealed class BoardUpdateTests : IDisposable
{
    private static readonly string Thread = Uri.EscapeDataString(Activities.ChannelId + ";messageid=");

    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public BoardUpdateTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    private IReadOnlyList<RecordedRequest> BoardRequests =>
        [.. _bot.Connector.Requests.Where(r => r.Json?["attachments"] is not null && r.Path.Contains(Uri.EscapeDataString(Activities.ChannelId), StringComparison.Ordinal)
            && (r.Method == HttpMethod.Put || !r.Path.Contains(Thread, StringComparison.Ordinal)))];

    [Fact]
    public async Task NextChange_UpdatesTheBoardInItsOwnThread()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        var boardId = BoardRequests[0].ResponseId!;

        await _client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));

        var update = BoardRequests[^1];
        Assert.Equal(HttpMethod.Put, update.Method);
        Assert.EndsWith($"/v3/conversations/{Thread}{Uri.EscapeDataString(boardId)}/activities/{Uri.EscapeDataString(boardId)}", update.Path, StringComparison.Ordinal);
        Assert.Equal($"{Activities.ChannelId};messageid={boardId}", (string?)update.Json!["conversation"]!["id"]);
        Assert.Equal(["Anna Jensen", "Bo Hansen"], update.Card().OnDutyNames());
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "BadSyntax")]
    [InlineData(HttpStatusCode.Forbidden, "BotNotInConversationRoster")]
    [InlineData(HttpStatusCode.NotFound, "Scripted")] // A 404 that does not say the message is gone (a proxy, say).
    [InlineData(HttpStatusCode.InternalServerError, "ServiceError")]
    public async Task UpdateRefusedButNotGone_NoSecondBoardAndTheNextChangeUpdatesTheSameOne(HttpStatusCode status, string code)
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        var boardId = BoardRequests[0].ResponseId!;
        _bot.Connector.FailNext(1, status, r => r.Method == HttpMethod.Put, code: code);

        await _client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin", id: "teams-activity-2"));

        Assert.Single(BoardRequests, r => r.Method == HttpMethod.Post);
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2202 && l.Message.Contains("teams-activity-2", StringComparison.Ordinal));
        var stored = Assert.Single(await _bot.StoredEntitiesAsync(TeamsBot.Shifts.ShiftsFeature.BoardsTable));
        Assert.Equal(boardId, stored.GetString("ActivityId"));

        await _client.PostAsync(Activities.ChannelMessage("29:cy", "Cy Larsen", "/checkin"));

        var last = BoardRequests[^1];
        Assert.Equal(HttpMethod.Put, last.Method);
        Assert.EndsWith("/activities/" + boardId, last.Path, StringComparison.Ordinal);
        Assert.Equal(["Anna Jensen", "Bo Hansen", "Cy Larsen"], last.Card().OnDutyNames());
        Assert.Single(BoardRequests, r => r.Method == HttpMethod.Post);
    }

    [Fact]
    public async Task UpdateNotFoundOnce_RetriedAndUpdatedWithoutPostingAgain()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        _bot.Connector.FailNext(1, HttpStatusCode.NotFound, r => r.Method == HttpMethod.Put, code: "ActivityNotFound");

        await _client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));

        Assert.Equal([HttpMethod.Post, HttpMethod.Put, HttpMethod.Put], BoardRequests.Select(r => r.Method));
        Assert.NotNull(BoardRequests[^1].ResponseId);
    }

    [Fact]
    public async Task ConversationNotFoundTwice_PostsANewBoardAndRemembersIt()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        _bot.Connector.FailNext(2, HttpStatusCode.NotFound, r => r.Method == HttpMethod.Put, code: "ConversationNotFound");

        await _client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));

        Assert.Equal([HttpMethod.Post, HttpMethod.Put, HttpMethod.Put, HttpMethod.Post], BoardRequests.Select(r => r.Method));
        var stored = Assert.Single(await _bot.StoredEntitiesAsync(TeamsBot.Shifts.ShiftsFeature.BoardsTable));
        Assert.Equal(BoardRequests[^1].ResponseId, stored.GetString("ActivityId"));
    }

    [Fact]
    public async Task Sends_CarryTheTenantFromChannelData_ReplyBoardAndPersonalChat()
    {
        // Teams always sends channelData.tenant.id; conversation.tenantId is not promised.
        foreach (var (id, name) in new[] { ("29:anna", "Anna Jensen"), ("29:bo", "Bo Hansen") })
        {
            var typed = Activities.ChannelMessage(id, name, "/checkin");
            typed["conversation"]!.AsObject().Remove("tenantId");
            await _client.PostAsync(typed);
        }

        Assert.Equal(2, _bot.Connector.ThreadReplies().Count);
        Assert.All(_bot.Connector.ThreadReplies(), r => Assert.Equal(Activities.TenantId, (string?)r.Json!["conversation"]!["tenantId"]));
        Assert.All(BoardRequests, r => Assert.Equal(Activities.TenantId, (string?)r.Json!["conversation"]!["tenantId"]));
        Assert.All(_bot.Connector.PersonalMessages(), r => Assert.Equal(Activities.TenantId, (string?)r.Json!["conversation"]!["tenantId"]));
        Assert.NotEmpty(_bot.Connector.PersonalMessages());
    }
}
