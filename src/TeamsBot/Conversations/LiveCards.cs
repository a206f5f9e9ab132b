using Bot.Protocol.Activities;
using Bot.Protocol.Connector;
using TeamsBot.Cards;
using TeamsBot.Storage;

namespace TeamsBot.Conversations;

/// <summary>
/// Posts a card once and keeps it up to date in place under a key: the shift board per channel and day, a sparring
/// request's card per person. Renders for one key never overlap and always read the state after the change that
/// asked for them, so the last card sent shows every change. The message id is stored per key; a card that can no
/// longer be updated (the connector says it is gone) is posted again and remembered; any other failure keeps the
/// message for the next change to try again; instances sharing the storage pick up each other's posts.
/// </summary>
public sealed class LiveCards(LiveCardMessages messages, LiveCardConversations conversations, TimeProvider time, ILogger<LiveCards> log)
{
    private readonly LiveCardGates _gates = new(time);

    /// <summary>
    /// Brings the card under <paramref name="key"/> up to date with every change made before this call. A connector
    /// or storage that stays unreachable is logged with <paramref name="activityId"/>, not thrown: the caller's change
    /// is stored, and the next publish for this key shows it.
    /// </summary>
    /// <param name="repost">Post the card anew (and remember the new message) even if the old one can still be updated:
    /// for a client that has lost the old message, as the Agents Playground does on a reload.</param>
    /// <param name="firstPost">The caller knows no card was ever posted under the key (it was made just now, under a
    /// random id): the stored message is not looked up, saving a round trip before the post.</param>
    public async Task<LiveCardResult> PublishAsync(LiveCardKey key, LiveCardPlace place, Func<CancellationToken, Task<AdaptiveCard>> render,
        string? activityId, CancellationToken cancellationToken, bool repost = false, bool firstPost = false)
    {
        var (gate, ticket) = _gates.Enter(key);
        await gate.Lock.WaitAsync(cancellationToken);
        AdaptiveCard? card = null;
        try
        {
            if (!repost && Interlocked.Read(ref gate.Completed) >= ticket)
            {
                return new LiveCardResult(gate.LastCard, true, gate.Message?.ActivityId); // A render that started after our change was sent.
            }

            var covered = Interlocked.Read(ref gate.Requested);
            card = await render(cancellationToken);
            var sent = repost
                ? await PostAsync(key, place, card, gate, gate.Message ?? await messages.GetAsync(key, cancellationToken), cancellationToken)
                : firstPost && gate.Message is null ? await PostAsync(key, place, card, gate, null, cancellationToken)
                : await SendAsync(key, place, card, gate, cancellationToken);
            if (sent)
            {
                gate.LastCard = card;
                Interlocked.Exchange(ref gate.Completed, covered);
            }

            return new LiveCardResult(card, sent, sent ? gate.Message?.ActivityId : null);
        }
        catch (Exception e) when (e is ConnectorException || StorageFailure.IsUnavailable(e))
        {
            Log.LiveCardNotSent(log, e, key.ToString(), activityId);
            return new LiveCardResult(card, false, BotRefused: e is ConnectorException { IsIdentityProblem: true });
        }
        finally
        {
            gate.Lock.Release();
        }
    }

    /// <summary>
    /// The card's message as this instance last posted, updated or read it, without asking storage; null when it knows
    /// none (the caller then reads <see cref="LiveCardMessages"/>). For a link to the card, not for updating it: with
    /// several instances it may be one another instance has since replaced.
    /// </summary>
    public LiveCardMessages.Message? KnownMessage(LiveCardKey key) => _gates.Known(key);

    /// <summary>Runs under the gate's lock, which is what makes the gate's remembered message safe to use.</summary>
    private async Task<bool> SendAsync(LiveCardKey key, LiveCardPlace place, AdaptiveCard card, LiveCardGates.Gate gate, CancellationToken cancellationToken)
    {
        var remembered = gate.Message is not null;
        var existing = gate.Message ??= await messages.GetAsync(key, cancellationToken);
        if (existing is not null && await conversations.TryUpdateAsync(place, existing, card, cancellationToken))
        {
            return true;
        }

        if (remembered)
        {
            // Our remembered message is gone; another instance may have posted a new one meanwhile: keep that one.
            var stored = await messages.GetAsync(key, cancellationToken);
            if (stored is not null && stored.ActivityId != existing!.ActivityId && await conversations.TryUpdateAsync(place, stored, card, cancellationToken))
            {
                gate.Message = stored;
                return true;
            }

            existing = stored;
        }

        return await PostAsync(key, place, card, gate, existing, cancellationToken);
    }

    private async Task<bool> PostAsync(LiveCardKey key, LiveCardPlace place, AdaptiveCard card, LiveCardGates.Gate gate, LiveCardMessages.Message? existing, CancellationToken cancellationToken)
    {
        Log.LiveCardPosted(log, key.ToString(), existing?.ActivityId);
        var posted = await conversations.PostAsync(place, card, cancellationToken);
        if (posted is null)
        {
            return false;
        }

        // On a conflict another instance posted meanwhile: forget ours, and read theirs next time.
        gate.Message = posted.ActivityId is null
            ? null
            : await messages.TrySaveAsync(key, posted.ActivityId, posted.ConversationId, existing, cancellationToken);
        return true;
    }
}
