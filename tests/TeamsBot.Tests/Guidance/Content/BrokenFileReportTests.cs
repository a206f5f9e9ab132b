using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Guidance.Content.ContentHost;

namespace TeamsBot.Tests.Guidance.Content;

/// <summary>Coordinators hear of a broken content file in their 1:1 chat: once per change, also across rescans and restarts.</summary>
public sealed class BrokenFileReportTests : IDisposable
{
    private const string UnknownKindReport =
        "Vejledningsfilen b.md kan ikke læses:\n\n- Linje 3: Typen 'henvisning' findes ikke: skriv referral (en henvisning) eller procedure (en fremgangsmåde).\n\n";

    private readonly ContentFiles _files = new();

    public BrokenFileReportTests()
    {
        _files.Write("a.md", ContentFiles.Referral("A"));
        _files.Write("b.md", ContentFiles.Referral("B"));
    }

    public void Dispose() => _files.Dispose();

    private BotFactory Bot(string? tablePrefix = null) => ContentHost.BotOn(_files, tablePrefix, new() { ["Guidance:Watch"] = "false" });

    [Fact]
    public async Task Reload_FileBroken_CoordinatorToldOnceWithFileLineAndProblem()
    {
        using var bot = Bot();
        await bot.MeetCoordinatorAsync();

        _files.Write("b.md", ContentFiles.BrokenKind("B"));
        await bot.ReloadNowAsync();
        await bot.ReloadNowAsync();
        await bot.ReloadNowAsync();

        var report = Assert.Single(bot.Reports());
        Assert.Equal(UnknownKindReport + "Den seneste udgave af filen, der kunne læses, bruges stadig, indtil fejlen er rettet.", report);
    }

    [Fact]
    public async Task Reload_BrokenFileChangedButStillBroken_ToldAgain()
    {
        using var bot = Bot();
        await bot.MeetCoordinatorAsync();
        _files.Write("b.md", ContentFiles.BrokenKind("B"));
        await bot.ReloadNowAsync();

        _files.Write("b.md", "---\nkind: referral\ntitle: B\nhours: [\"fry 09-12\"]\n---\n");
        await bot.ReloadNowAsync();

        Assert.Equal(2, bot.Reports().Count);
        Assert.Contains("- Linje 4: Ugedagen 'fry' kender jeg ikke", bot.Reports()[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_FixedThenBrokenTheSameWayAgain_ToldAgain()
    {
        using var bot = Bot();
        await bot.MeetCoordinatorAsync();
        _files.Write("b.md", ContentFiles.BrokenKind("B"));
        await bot.ReloadNowAsync();
        _files.Write("b.md", ContentFiles.Referral("B"));
        await bot.ReloadNowAsync();

        _files.Write("b.md", ContentFiles.BrokenKind("B"));
        await bot.ReloadNowAsync();

        Assert.Equal(2, bot.Reports().Count);
    }

    [Fact]
    public async Task Restart_SameBrokenContent_NotToldAgain()
    {
        using (var first = Bot())
        {
            await first.MeetCoordinatorAsync();
            _files.Write("b.md", ContentFiles.BrokenKind("B"));
            await first.ReloadNowAsync();
            Assert.Single(first.Reports());
            using var again = Bot(first.TablePrefix);

            await again.ReloadNowAsync(); // after its own start-up report, whenever that ran
            await again.ReloadNowAsync();

            Assert.Empty(again.Reports());
        }
    }

    [Fact]
    public async Task Start_WithABrokenFile_StartsAndToldOnce()
    {
        string prefix;
        using (var before = Bot())
        {
            await before.MeetCoordinatorAsync();
            prefix = before.TablePrefix;
        }

        _files.Write("b.md", ContentFiles.BrokenKind("B"));
        using var bot = Bot(prefix);

        Assert.Equal(["a.md"], bot.Content().Entries.Select(e => e.Id));
        await EventuallyAsync(() => bot.Reports().Count > 0);
        await bot.ReloadNowAsync();
        Assert.Equal(UnknownKindReport + "Filen bruges ikke, før fejlen er rettet.", Assert.Single(bot.Reports()));
    }

    [Fact]
    public async Task Reload_CoordinatorWritesInEnglish_ToldInEnglish()
    {
        using var bot = Bot();
        await bot.MeetCoordinatorAsync(locale: "en-GB");

        _files.Write("b.md", "---\nkind: referral\n---\n");
        await bot.ReloadNowAsync();

        Assert.Equal(
            "The guidance file b.md cannot be read:\n\n- Line 1: The file has no title (title: …).\n\nThe last version of the file that could be read stays in use until this is fixed.",
            Assert.Single(bot.Reports()));
    }

    [Fact]
    public async Task Reload_CoordinatorNotReachableYet_ToldOnceReachable()
    {
        using var bot = Bot();
        _files.Write("b.md", ContentFiles.BrokenKind("B"));
        await bot.ReloadNowAsync();
        Assert.Empty(bot.Reports());

        await bot.MeetCoordinatorAsync();
        await bot.ReloadNowAsync();
        await bot.ReloadNowAsync();

        Assert.Single(bot.Reports());
    }
}
