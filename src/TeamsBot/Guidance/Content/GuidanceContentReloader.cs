using Microsoft.Extensions.Options;
using TeamsBot.Storage;

namespace TeamsBot.Guidance.Content;

/// <summary>
/// Keeps <see cref="GuidanceContentDirectory"/> up to date: reads the folder before the host serves its first turn,
/// then again when a watcher sees a change (once the folder has been quiet for <c>Guidance:Debounce</c>) and every
/// <c>Guidance:RescanInterval</c> anyway, since watchers miss events on some file systems. After each read, broken
/// files are reported to the coordinators (<see cref="BrokenFileReports"/>); a report that fails is tried at the next.
/// </summary>
public sealed class GuidanceContentReloader(GuidanceContentDirectory directory, ContentFolder folder, BrokenFileReports reports, TimeProvider time,
    IOptions<GuidanceContentOptions> options, ILogger<GuidanceContentReloader> log) : BackgroundService
{
    private const int MaxDebounces = 20;
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private readonly SemaphoreSlim _changed = new(0);
    private readonly Dictionary<string, string> _logged = new(StringComparer.Ordinal);
    private FileSystemWatcher? _watcher;
    private ReloadOutcome? _startOutcome;
    private bool _missingLogged;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _startOutcome = Read(); // before the first turn: the content is live from the start
        return base.StartAsync(cancellationToken);
    }

    /// <summary>Reads the folder now and reports what is broken; what the watcher and the rescan call, and tests.</summary>
    public Task<ReloadOutcome?> ReloadNowAsync(CancellationToken cancellationToken) => OneAtATimeAsync(Read, cancellationToken);

    /// <summary>A read (or the one made at start) and its reports, one at a time: reports are not reentrant.</summary>
    private async Task<ReloadOutcome?> OneAtATimeAsync(Func<ReloadOutcome?> read, CancellationToken cancellationToken)
    {
        await _reloading.WaitAsync(cancellationToken);
        try
        {
            var outcome = read();
            if (outcome is not null)
            {
                await ReportAsync(outcome, cancellationToken);
            }

            return outcome;
        }
        finally
        {
            _reloading.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (_startOutcome is { } atStart)
            {
                await OneAtATimeAsync(() => atStart, stoppingToken);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                await WaitForChangeAsync(stoppingToken);
                try
                {
                    await ReloadNowAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // Whatever went wrong, the loop must live on: a dead reloader would freeze the content silently.
                    GuidanceContentLog.ReloadFailed(log, e, folder.Path);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        _reloading.Dispose();
        _changed.Dispose();
        base.Dispose();
    }

    /// <summary>
    /// Until the rescan is due on the app's clock, or the watcher saw a change and the folder has since been quiet for
    /// the debounce. The debounce runs on real time, not the app's clock: it waits for an editor's writes to the
    /// real file system to end.
    /// </summary>
    private async Task WaitForChangeAsync(CancellationToken stoppingToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var changed = _changed.WaitAsync(either.Token);
        var rescan = Task.Delay(options.Value.RescanInterval, time, either.Token);
        var first = await Task.WhenAny(changed, rescan);
        await either.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
        // Quiet for the debounce, but not forever: a folder written to without pause (a sync tool) is still read.
        for (var waits = 0; first == changed && waits < MaxDebounces && await _changed.WaitAsync(options.Value.Debounce, stoppingToken); waits++)
        {
        }
    }

    private ReloadOutcome? Read()
    {
        var path = folder.Path;
        var started = time.GetTimestamp();
        FolderScan scan;
        try
        {
            scan = GuidanceFolderLoader.LoadAll(path, directory.LastScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            GuidanceContentLog.ReloadFailed(log, e, path);
            return null;
        }

        var outcome = directory.Apply(scan);
        LogOutcome(path, scan, outcome, (long)time.GetElapsedTime(started).TotalMilliseconds);
        Watch(path, scan.FolderExists);
        return outcome;
    }

    private void LogOutcome(string path, FolderScan scan, ReloadOutcome outcome, long milliseconds)
    {
        if (!scan.FolderExists && !_missingLogged)
        {
            GuidanceContentLog.FolderMissing(log, path);
        }

        _missingLogged = !scan.FolderExists;
        foreach (var file in scan.Files.Values.Where(f => _logged.GetValueOrDefault(f.Id) != f.Hash))
        {
            _logged[file.Id] = file.Hash;
            var problems = string.Join("; ", file.Parsed.Problems);
            if (file.Parsed.Entry is null)
            {
                var kept = outcome.Broken.First(b => b.Id == file.Id).KeptLastGood;
                GuidanceContentLog.FileBroken(log, file.Id, problems, kept ? "its last good version stays live" : "it is not live");
            }
            else if (file.Parsed.Problems.Count > 0)
            {
                GuidanceContentLog.FileWarnings(log, file.Id, problems);
            }
        }

        if (scan.Unreadable.Count > 0)
        {
            GuidanceContentLog.Unreadable(log, string.Join(", ", scan.Unreadable));
        }

        if (outcome.Changed)
        {
            GuidanceContentLog.Loaded(log, path, outcome.Snapshot.Entries.Count, outcome.Broken.Count, milliseconds);
        }
    }

    private async Task ReportAsync(ReloadOutcome outcome, CancellationToken cancellationToken)
    {
        try
        {
            await reports.ReportAsync(outcome, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && (StorageFailure.IsUnavailable(e) || e is Azure.RequestFailedException or InvalidOperationException))
        {
            GuidanceContentLog.ReportFailed(log, e);
        }
    }

    private void Watch(string path, bool exists)
    {
        if (_watcher is not null || !exists || !options.Value.Watch)
        {
            return;
        }

        try
        {
            var watcher = new FileSystemWatcher(path)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => Signal();
            watcher.Created += (_, _) => Signal();
            watcher.Deleted += (_, _) => Signal();
            watcher.Renamed += (_, _) => Signal();
            watcher.Error += (_, e) =>
            {
                GuidanceContentLog.WatchFailed(log, e.GetException(), path, options.Value.RescanInterval);
                Signal(); // events were lost: read the folder to catch up
            };
            watcher.EnableRaisingEvents = true;
            _watcher = watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            GuidanceContentLog.WatchFailed(log, e, path, options.Value.RescanInterval);
        }
    }

    private void Signal()
    {
        try
        {
            _changed.Release();
        }
        catch (ObjectDisposedException)
        {
            // An event raised while the host stops.
        }
    }
}
