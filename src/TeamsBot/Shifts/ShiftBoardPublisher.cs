using System.Collections.Concurrent;
using Bot.Protocol.Activities;
using Bot.Protocol.Connector;
using Microsoft.Extensions.Options;
using TeamsBot.Cards;
using TeamsBot.Conversations;
using TeamsBot.Localization;

namespace TeamsBot.Shifts;

/// <summary>
/// Keeps each channel's board message in step with the store: posts it on the day's first change,
/// then updates that message in place. Renders for one board never overlap, and a render always reads
/// the store after the change that asked for it, so the last message sent shows every change.
/// </summary>
public sealed class ShiftBoardPublisher(
    ShiftService shifts,
    ShiftClock clock,
    BoardMessageStore boards,
    ConversationReferenceStore references,
    IConnectorClient connector,
    Texts texts,
    IOptions<ShiftOptions> options,
    ILogger<ShiftBoardPublisher> log)
{
    private readonly ConcurrentDictionary<(string Channel, DateOnly Day), BoardGate> _gates = new();

    /// <summary>The board card as it is now, in the board's language.</summary>
    public async Task<AdaptiveCard> BuildCardAsync(string channelId, DateOnly day, CancellationToken cancellationToken)
    {
        var board = await shifts.GetBoardAsync(channelId, day, cancellationToken);
        using (BotCultures.Use(BotCultures.For(options.Value.BoardLanguage)))
        {
            return ShiftBoardCard.Build(board, options.Value.DropInRoomUrl, texts);
        }
    }

    /// <summary>Brings today's board message up to date with every change made before this call.</summary>
    public async Task PublishAsync(string channelId, CancellationToken cancellationToken)
    {
        var day = clock.Today;
        var gate = _gates.GetOrAdd((channelId, day), _ => new BoardGate());
        var ticket = Interlocked.Increment(ref gate.Requested);
        await gate.Lock.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref gate.Completed) >= ticket)
            {
                return; // A render that started after our change has already been sent.
            }

            var covered = Volatile.Read(ref gate.Requested);
            await RenderAndSendAsync(channelId, day, cancellationToken);
            Volatile.Write(ref gate.Completed, covered);
        }
        finally
        {
            gate.Lock.Release();
        }
    }

    private async Task RenderAndSendAsync(string channelId, DateOnly day, CancellationToken cancellationToken)
    {
        var channel = await references.GetChannelAsync(channelId, cancellationToken);
        if (channel is null)
        {
            Log.NoChannelReference(log, channelId);
            return;
        }

        var card = await BuildCardAsync(channelId, day, cancellationToken);
        var existing = await boards.GetAsync(channelId, day, cancellationToken);
        if (existing is not null)
        {
            try
            {
                await connector.UpdateActivityAsync(channel.ServiceUrl, channelId, existing.ActivityId, Message(card, channel), cancellationToken);
                return;
            }
            catch (ConnectorException e) when (e.IsMessageGone)
            {
                Log.BoardReposted(log, existing.ActivityId, (int)e.StatusCode);
            }
        }

        var posted = await connector.SendToConversationAsync(channel.ServiceUrl, channelId, Message(card, channel), cancellationToken);
        if (posted.Id is not null)
        {
            await boards.TrySaveAsync(channelId, day, posted.Id, existing, cancellationToken);
        }
    }

    private static Activity Message(AdaptiveCard card, StoredConversation channel)
    {
        var message = Activity.CardMessage(card);
        message.From = new ChannelAccount { Id = channel.BotId, Name = channel.BotName };
        return message;
    }

#pragma warning disable CA1001 // A gate lives as long as the process; its semaphore never needs disposing.
    private sealed class BoardGate
    {
        public readonly SemaphoreSlim Lock = new(1, 1);
        public long Requested;
        public long Completed;
    }
#pragma warning restore CA1001
}
