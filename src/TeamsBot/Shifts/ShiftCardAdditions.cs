using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsBot.Cards;

namespace TeamsBot.Shifts;

/// <summary>
/// Asks every registered <see cref="IShiftCardAdditions"/> for its part of a shift card. A feature that fails (its
/// storage is down, a bug) is logged and left out: the card, and the check-in or check-out it belongs to, go on.
/// </summary>
public sealed class ShiftCardAdditions(IEnumerable<IShiftCardAdditions> features, ILogger<ShiftCardAdditions> log)
{
    private readonly IShiftCardAdditions[] _features = [.. features];

    public IReadOnlyList<CardAction> BoardButtons(ShiftBoardContext board) =>
        Collect(f => f.BoardButtons(board), "shift board");

    public IReadOnlyList<CardAction> StartRitualButtons(StartRitualContext start) =>
        Collect(f => f.StartRitualButtons(start), "start-of-shift card");

    /// <summary>The board's content read from storage, each feature's in turn (<see cref="IShiftCardAdditions.BoardContentAsync"/>).</summary>
    public Task<CardAddition> BoardContentAsync(ShiftBoardContext board, CancellationToken cancellationToken) =>
        GatherAsync(f => f.BoardContentAsync(board, cancellationToken), "shift board", cancellationToken);

    /// <summary>The checklist's content read from storage (<see cref="IShiftCardAdditions.StartRitualContentAsync"/>).</summary>
    public Task<CardAddition> StartRitualContentAsync(StartRitualContext start, CancellationToken cancellationToken) =>
        GatherAsync(f => f.StartRitualContentAsync(start, cancellationToken), "start-of-shift card", cancellationToken);

    public Task<CardAddition> CloseRitualAsync(CloseRitualContext close, CancellationToken cancellationToken) =>
        GatherAsync(f => f.CloseRitualAsync(close, cancellationToken), "close-down ritual", cancellationToken);

    private async Task<CardAddition> GatherAsync(Func<IShiftCardAdditions, Task<CardAddition>> ask, string card, CancellationToken cancellationToken)
    {
        if (_features.Length == 0)
        {
            return CardAddition.None;
        }

        List<CardElement> body = [];
        List<CardAction> actions = [];
        foreach (var feature in _features)
        {
            try
            {
                var addition = await ask(feature);
                body.AddRange(addition.Body);
                actions.AddRange(addition.Actions);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                Log.ShiftCardAdditionFailed(log, e, feature.GetType().Name, card);
            }
        }

        return new CardAddition(body, actions);
    }

    private List<CardAction> Collect(Func<IShiftCardAdditions, IReadOnlyList<CardAction>> ask, string card)
    {
        List<CardAction> actions = [];
        foreach (var feature in _features)
        {
            try
            {
                actions.AddRange(ask(feature));
            }
            catch (Exception e)
            {
                Log.ShiftCardAdditionFailed(log, e, feature.GetType().Name, card);
            }
        }

        return actions;
    }
}

public static class ShiftCardAdditionsRegistration
{
    /// <summary>Adds <typeparamref name="TAdditions"/> (a singleton) to the shift cards; registering it twice adds it once.</summary>
    public static IServiceCollection AddShiftCardAdditions<TAdditions>(this IServiceCollection services)
        where TAdditions : class, IShiftCardAdditions
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IShiftCardAdditions, TAdditions>());
        return services;
    }
}
