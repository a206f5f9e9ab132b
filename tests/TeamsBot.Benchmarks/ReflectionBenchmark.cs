namespace TeamsBot.Benchmarks;

/// <summary>
/// The reflection form's figures, printed after the check-in figures: <c>forms</c> counsellors (the first ones, on
/// duty from the check-in run) submit their form at the same moment. A warm-up round with other counsellors first,
/// so the figures are of a running service, not of the first press after start.
/// </summary>
public static class ReflectionBenchmark
{
    private const int WarmUpFirst = 900_000;

    /// <summary>Prints the figures; false when a form could not be had or a submit was not saved.</summary>
    public static async Task<bool> RunAsync(HttpClient http, RecordingConnectorServer connector, int forms, BotProcess bot, StorageProcess? azurite)
    {
        var load = new ReflectionLoad(http, connector);
        var warmUp = await load.IssueFormsAsync(WarmUpFirst, Math.Min(forms, 20));
        if (warmUp is null || (await load.SubmitAllAsync(WarmUpFirst, warmUp)).Saved.Any(saved => !saved))
        {
            Console.Error.WriteLine("Reflection warm-up failed: a form was not sent or a submit not saved.");
            return false;
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        var formIds = await load.IssueFormsAsync(0, forms);
        if (formIds is null)
        {
            Console.Error.WriteLine($"Reflection forms: not every one of {forms} /samtale reached its 1:1 chat within 30 s.");
            return false;
        }

        var saved = await MeasureAsync(load, formIds, "none", bot, azurite, withTarget: true);

        // The same counsellors again with a sparring need: the request is made inside the submit (the summary says who
        // it went to), so this is the form and a sparring request together, printed apart from the form's own figure.
        await Task.Delay(TimeSpan.FromSeconds(1));
        var again = await load.IssueFormsAsync(0, forms);
        return saved && again is not null && await MeasureAsync(load, again, "afterShift", bot, azurite, withTarget: false);
    }

    private static async Task<bool> MeasureAsync(ReflectionLoad load, IReadOnlyList<string> formIds, string sparring, BotProcess bot, StorageProcess? azurite,
        bool withTarget)
    {
        var forms = formIds.Count;
        var (hostCpu, azuriteCpu) = (bot.CpuTime(), azurite?.CpuTime());
        var result = await load.SubmitAllAsync(0, formIds, sparring);
        var (hostUsed, azuriteUsed) = (bot.CpuTime() - hostCpu, azurite?.CpuTime() - azuriteCpu);
        var notSaved = result.Saved.Count(saved => !saved);
        Console.WriteLine($"reflection submit -> answer ({forms} at the same moment, sparring need: {sparring}): {Percentiles.Describe(result.Milliseconds)}");
        var p99 = Percentiles.Of(result.Milliseconds, 0.99);
        Console.WriteLine((withTarget ? $"target p99 <= 150 ms for {forms} submits at once: {(p99 <= 150 ? "met" : "NOT met")} (p99 {p99:F1} ms); " : string.Empty) +
            $"errors: {result.Status.Count(s => s != 200)} not answered 200, {notSaved} not saved");
        Console.WriteLine($"CPU per submit: host {PerSubmit(hostUsed)}, Azurite {PerSubmit(azuriteUsed)}");
        return notSaved == 0;

        string PerSubmit(TimeSpan? cpu) => cpu is { } used ? $"{used.TotalMilliseconds / forms:F2} ms" : "n/a";
    }
}
