using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Guidance.Content.ContentHost;

namespace TeamsBot.Tests.Guidance.Content;

/// <summary>The real host reading a real folder: at start, on a change the watcher sees, on the periodic rescan.</summary>
public sealed class GuidanceContentHostTests : IDisposable
{
    private readonly ContentFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Start_FolderWithFiles_LiveBeforeTheFirstTurn()
    {
        _files.Write("henvisninger/headspace.md", ContentFiles.Referral("Headspace"));
        _files.Write("README.md", "Sådan skriver du en fil");
        using var bot = BotOn(_files);

        var entry = Assert.Single(bot.Content().Entries);

        Assert.Equal(("henvisninger/headspace.md", "Headspace"), (entry.Id, entry.Title));
    }

    [Fact]
    public async Task Watcher_FileEditedAddedDeleted_LiveWithoutARestart()
    {
        _files.Write("a.md", ContentFiles.Referral("A"));
        _files.Write("b.md", ContentFiles.Referral("B"));
        using var bot = BotOn(_files, more: new() { ["Guidance:RescanInterval"] = "1.00:00:00" });
        Assert.Equal(2, bot.Content().Entries.Count);

        _files.Write("a.md", ContentFiles.Referral("A rettet"));
        await EventuallyAsync(() => bot.Content().Find("a.md")?.Title == "A rettet");
        _files.Write("c.md", ContentFiles.Referral("C"));
        await EventuallyAsync(() => bot.Content().Find("c.md") is not null);
        _files.Delete("b.md");
        await EventuallyAsync(() => bot.Content().Find("b.md") is null);

        Assert.Equal(["A rettet", "C"], bot.Content().Entries.Select(e => e.Title));
    }

    [Fact]
    public async Task Rescan_WatcherOff_PicksUpTheChangeOnTheAppsClock()
    {
        _files.Write("a.md", ContentFiles.Referral("A"));
        using var bot = BotOn(_files, more: new() { ["Guidance:Watch"] = "false", ["Guidance:RescanInterval"] = "00:05:00" });
        var before = bot.Content().Version;

        _files.Write("a.md", ContentFiles.Referral("A rettet"));
        await Task.Delay(300);
        Assert.Equal("A", bot.Content().Find("a.md")!.Title); // no watcher, no rescan yet

        await EventuallyAsync(() => bot.Content().Version > before, () => bot.Time.Advance(TimeSpan.FromMinutes(5)));
        Assert.Equal("A rettet", bot.Content().Find("a.md")!.Title);
    }

    [Fact]
    public async Task Start_FolderMissing_StartsEmptyWarnsAndReadsItOnceItAppears()
    {
        var missing = new ContentFiles();
        missing.Dispose();
        using var bot = BotOn(missing);
        var client = bot.CreateClient();

        var answer = await client.PostAsync(Activities.PersonalMessage("29:eva", "Eva Berg", "/hjælp"));

        Assert.True(answer.IsSuccessStatusCode);
        Assert.Empty(bot.Content().Entries);
        Assert.Contains(bot.Logs.Lines, l => l.EventId == 3102);
        using var appeared = new ContentFiles();
        Directory.Move(appeared.Root, missing.Root);
        missing.Write("a.md", ContentFiles.Referral("A"));
        await bot.ReloadNowAsync();
        Assert.Equal("A", Assert.Single(bot.Content().Entries).Title);
        missing.Dispose();
    }

    [Fact]
    public async Task Reload_BrokenEdit_LastGoodVersionStaysLive()
    {
        _files.Write("a.md", ContentFiles.Referral("A"));
        using var bot = BotOn(_files, more: new() { ["Guidance:Watch"] = "false" });
        Assert.Single(bot.Content().Entries);

        _files.Write("a.md", ContentFiles.BrokenKind("A ødelagt"));
        await bot.ReloadNowAsync();

        Assert.Equal("A", Assert.Single(bot.Content().Entries).Title);
        Assert.Contains(bot.Logs.Lines, l => l.EventId == 3103 && l.Message.Contains("a.md", StringComparison.Ordinal));
    }
}
