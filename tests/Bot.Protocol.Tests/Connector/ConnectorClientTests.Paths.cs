using Bot.Protocol.Activities;

namespace Bot.Protocol.Tests.Connector;

/// <summary>Dot segments survive escaping and Uri removes them: the client must never call a path it did not mean.</summary>
public sealed partial class ConnectorClientTests
{
    [Theory]
    [InlineData("19:x@thread.tacv2", "..")]
    [InlineData("19:x@thread.tacv2", ".")]
    [InlineData("..", "1")]
    [InlineData(".", "1")]
    [InlineData("19:x@thread.tacv2", "")]
    public async Task UpdateActivity_DotSegmentId_ThrowsBeforeSending(string conversationId, string activityId)
    {
        var handler = new ScriptedHandler();
        var client = Client(handler);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            client.UpdateActivityAsync(ServiceUrl, conversationId, activityId, new Activity { Text = "x" }, CancellationToken.None));
        Assert.Empty(handler.Seen);
    }

    [Fact]
    public async Task SendToConversation_DotSegmentConversation_ThrowsBeforeSending()
    {
        var handler = new ScriptedHandler();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            Client(handler).SendToConversationAsync(ServiceUrl, "..", new Activity { Text = "x" }, CancellationToken.None));
        Assert.Empty(handler.Seen);
    }
}
