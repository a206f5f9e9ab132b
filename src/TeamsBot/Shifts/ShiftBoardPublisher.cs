using System.Collections.Concurrent;
using Bot.Protocol.Activities;
using Bot.Protocol.Connector;
using Microsoft.Extensions.Options;
using TeamsBot.Cards;
using TeamsBot.Conversations;
using TeamsBot.Localization;
using TeamsBot.Storage;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>
/// Keeps each channel's board message in step with the store: posts it on the day's first change,
/// then updates that message in place. Renders for one board never overlap, and a render always reads
/// the store after the change that asked for it, so the last message sent shows every change.
/// </summary>
public sealed class ShiftBoardPublisher(
    ShiftService shifts,
    OrganisationClock clock,
    BoardMessageStore boards,
    ConversationReferenceStore references,
    IConnectorClient connector,
    Texts<Strings> texts,
    IOptions<ShiftOptions> options,
    ILogger<ShiftBoardPublisher> log)
{
    private readonly ConcurrentDictionary<(string Channel, DateOnly Day), BoardGate> _gates = new();
    private DateOnly _forgottenBefore = DateOnly.MinValue;

    /// <summary>The board card as it is now, in the board's language.</summary>
    public async Task<AdaptiveCard> BuildCardAsync(string channelId, DateOnly day, CancellationToken cancellationToken)
    {
        var board = await shifts.GetBoardAsync(channelId, day, cancellationToken);
        using (BotCultures.Use(BotCultures.For(options.Value.BoardLanguage)))
        {
            return ShiftBoardCard.Build(board, options.Value.DropInRoomUrl, texts);
        }
    }

    /// <summary>
    /// Like <see cref="PublishAsync"/>, but a connector or storage that stays unreachable is logged, not thrown:
    /// the caller's change is already stored, so the next publish for this board shows it, and the counsellor
    /// must not be told that nothing was saved. False when the board was not sent.
    /// </summary>
    public async Task<bool> TryPublishAsync(string channelId, string? activityId, CancellationToken cancellationToken)
    {
        try
        {
            await PublishAsync(channelId, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is ConnectorException || StorageFailure.IsUnavailable(e))
        {
            Log.BoardNotSent(log, e, channelId, activityId);
            return false;
        }
    }

    /// <summary>Brings today's board message up to date with every change made before this call.</summary>
    private async Task PublishAsync(string channelId, CancellationToken cancellationToken)
    {
        var day = clock.Today;
        var gate = _gates.GetOrAdd((channelId, day), _ => new BoardGate());
        ForgetBefore(day.AddDays(-1));
        var ticket = Interlocked.Increment(ref gate.Requested);
        await gate.Lock.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref gate.Completed) >= ticket)
            {
                return; // A render that started after our change has already been sent.
            }

            var covered = Volatile.Read(ref gate.Requested);
            await RenderAndSendAsync(channelId, day, gate, cancellationToken);
            Volatile.Write(ref gate.Completed, covered);
        }
        finally
        {
            gate.Lock.Release();
        }
    }

    /// <summary>Gates of past days are never asked for again; yesterday's stays for a render still running over midnight.</summary>
    private void ForgetBefore(DateOnly oldest)
    {
        if (oldest <= _forgottenBefore)
        {
            return;
        }

        lock (_gates)
        {
            if (oldest > _forgottenBefore)
            {
                foreach (var key in _gates.Keys.Where(k => k.Day < oldest))
                {
                    _gates.TryRemove(key, out _);
                }

                _forgottenBefore = oldest;
            }
        }
    }

    /// <summary>Runs under the gate's lock, which is what makes the gate's remembered board message safe to use.</summary>
    private async Task RenderAndSendAsync(string channelId, DateOnly day, BoardGate gate, CancellationToken cancellationToken)
    {
        var channel = await references.GetChannelAsync(channelId, cancellationToken);
        if (channel is null)
        {
            Log.NoChannelReference(log, channelId);
            return;
        }

        var card = await BuildCardAsync(channelId, day, cancellationToken);
        var remembered = gate.Message is not null;
        var existing = gate.Message ??= await boards.GetAsync(channelId, day, cancellationToken);
        if (existing is not null && await TryUpdateAsync(channel, channelId, existing, card, cancellationToken))
        {
            return;
        }

        if (remembered)
        {
            // Our remembered board is gone; another instance may have posted today's board meanwhile: keep that one.
            var stored = await boards.GetAsync(channelId, day, cancellationToken);
            if (stored is not null && stored.ActivityId != existing!.ActivityId && await TryUpdateAsync(channel, channelId, stored, card, cancellationToken))
            {
                gate.Message = stored;
                return;
            }

            existing = stored;
        }

        Log.BoardReposted(log, existing?.ActivityId);
        var posted = await connector.SendToConversationAsync(channel.ServiceUrl, channelId, Message(card, channel), cancellationToken);
        // On a conflict another instance posted a board meanwhile: forget ours, and read theirs next time.
        gate.Message = posted.Id is null ? null : await boards.TrySaveAsync(channelId, day, posted.Id, existing, cancellationToken);
    }

    /// <summary>Updates the board message in place; false when it is gone or can no longer be edited.</summary>
    private async Task<bool> TryUpdateAsync(StoredConversation channel, string channelId, BoardMessageStore.BoardMessage board, AdaptiveCard card, CancellationToken cancellationToken)
    {
        try
        {
            await connector.UpdateActivityAsync(channel.ServiceUrl, channelId, board.ActivityId, Message(card, channel), cancellationToken);
            return true;
        }
        catch (ConnectorException e) when (e.IsMessageGone)
        {
            Log.BoardGone(log, board.ActivityId, (int)e.StatusCode);
            return false;
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

        /// <summary>The day's board message as last read or saved, so an update need not read it first.</summary>
        public BoardMessageStore.BoardMessage? Message;
    }
#pragma warning restore CA1001
}
