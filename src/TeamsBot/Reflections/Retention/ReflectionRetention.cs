using Microsoft.Extensions.Options;
using TeamsBot.DueWork;

namespace TeamsBot.Reflections.Retention;

/// <summary>
/// Every hour, as recurring due work (once across instances): removes private texts submitted more than
/// <c>Reflections:PrivateTextDays</c> ago, and whole registrations issued more than <c>Reflections:RetentionDays</c> ago.
/// Each removal is repeatable, so a run cut short is simply finished by the next.
/// </summary>
public sealed class ReflectionRetention(IReflectionStore store, TimeProvider time, IOptions<ReflectionOptions> options, ILogger<ReflectionRetention> log) : IDueWorkHandler
{
    public const string WorkKind = "reflections.retention";
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    public string Kind => WorkKind;

    public async Task HandleAsync(DueItem item, CancellationToken cancellationToken) => await RunAsync(cancellationToken);

    /// <summary>Removes what is past its time now; returns how many private texts and registrations went.</summary>
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var keep = options.Value;

        var texts = 0;
        foreach (var reflection in await store.ListPrivateTextSubmittedBeforeAsync(now.AddDays(-keep.PrivateTextDays), cancellationToken))
        {
            if (await store.RemovePrivateTextAsync(reflection.Counsellor.TeamsId, reflection.FormId, cancellationToken))
            {
                texts++;
            }
        }

        var registrations = 0;
        foreach (var reflection in await store.ListIssuedBeforeAsync(now.AddDays(-keep.RetentionDays), cancellationToken))
        {
            await store.PurgeAsync(reflection.Counsellor.TeamsId, reflection.FormId, cancellationToken);
            registrations++;
        }

        Log.RetentionRan(log, texts, registrations);
        return new RetentionResult(texts, registrations);
    }
}

/// <summary>What one retention run removed: private texts, and whole registrations.</summary>
public sealed record RetentionResult(int PrivateTexts, int Registrations);
