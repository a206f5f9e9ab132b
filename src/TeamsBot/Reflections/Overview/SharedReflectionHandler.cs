using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using TeamsBot.Localization;
using TeamsBot.Overview;
using TeamsBot.Reflections.Mine;

namespace TeamsBot.Reflections.Overview;

/// <summary>
/// A coordinator reads a reflection its counsellor shared. Checked again on every press, as card data can be forged:
/// the presser must be a coordinator in the 1:1 chat, and the reflection must be submitted and shared; then, and only
/// then, its private text is decrypted for the answer.
/// </summary>
public sealed class SharedReflectionHandler(IReflectionStore store, PrivateTextProtection protection, OverviewAccess access, ReflectionLabels labels, Texts<Strings> texts)
{
    public async Task<InvokeResponse> OnReadAsync(TurnContext turn, ReadSharedReflectionPress press, CancellationToken cancellationToken)
    {
        if (access.Refusal(turn) is { } refusal)
        {
            return AdaptiveCardInvokeResponse.Message(refusal);
        }

        var reflection = await store.GetAsync(press.CounsellorId, press.FormId, cancellationToken);
        var text = reflection is not null && ReflectionOverviewParts.IsReadable(reflection) ? protection.Reveal(reflection) : null;
        return AdaptiveCardInvokeResponse.Card(text is null
            ? SharedReflectionCard.Unavailable(access.BackButton(), texts)
            : SharedReflectionCard.Build(reflection!, text, labels, access.BackButton(), texts));
    }

    /// <summary>A button whose data no longer fits (or was forged): nothing can be named, so nothing is shown.</summary>
    public Task<InvokeResponse> OnUnreadableAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken) =>
        Task.FromResult(access.Refusal(turn) is { } refusal
            ? AdaptiveCardInvokeResponse.Message(refusal)
            : AdaptiveCardInvokeResponse.Card(SharedReflectionCard.Unavailable(access.BackButton(), texts)));
}
