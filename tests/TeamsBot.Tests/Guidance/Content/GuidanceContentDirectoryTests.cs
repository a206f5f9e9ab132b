using TeamsBot.Guidance.Content;

namespace TeamsBot.Tests.Guidance.Content;

public sealed class GuidanceContentDirectoryTests : IDisposable
{
    private readonly ContentFiles _files = new();
    private readonly GuidanceContentDirectory _directory = new();

    public void Dispose() => _files.Dispose();

    private ReloadOutcome Reload() => _directory.Apply(GuidanceFolderLoader.LoadAll(_files.Root, _directory.LastScan));

    [Fact]
    public void Apply_FirstRead_EveryGoodFileLiveInIdOrder()
    {
        _files.Write("b.md", ContentFiles.Referral("B"));
        _files.Write("a.md", ContentFiles.Referral("A"));

        var outcome = Reload();

        Assert.Equal(["a.md", "b.md"], _directory.Current.Entries.Select(e => e.Id));
        Assert.True(outcome.Changed);
        Assert.Equal(1, _directory.Current.Version);
    }

    [Fact]
    public void Apply_FileBroken_LastGoodVersionStaysLive()
    {
        _files.Write("a.md", ContentFiles.Referral("A"));
        Reload();
        _files.Write("a.md", ContentFiles.BrokenKind("A ødelagt"));

        var outcome = Reload();

        Assert.Equal("A", Assert.Single(_directory.Current.Entries).Title);
        var broken = Assert.Single(outcome.Broken);
        Assert.Equal(("a.md", true), (broken.Id, broken.KeptLastGood));
        Assert.Equal(new ContentProblem(3, ProblemCode.UnknownKind, "henvisning"), Assert.Single(broken.Problems));
        Assert.False(outcome.Changed);
    }

    [Fact]
    public void Apply_NewFileBroken_Absent()
    {
        _files.Write("a.md", ContentFiles.Referral("A"));
        _files.Write("b.md", ContentFiles.BrokenKind("B"));

        var outcome = Reload();

        Assert.Equal(["a.md"], _directory.Current.Entries.Select(e => e.Id));
        Assert.False(Assert.Single(outcome.Broken).KeptLastGood);
    }

    [Fact]
    public void Apply_FileFixed_NewVersionLive()
    {
        _files.Write("a.md", ContentFiles.BrokenKind("A"));
        Reload();
        _files.Write("a.md", ContentFiles.Referral("A rettet"));

        var outcome = Reload();

        Assert.Equal("A rettet", Assert.Single(_directory.Current.Entries).Title);
        Assert.Empty(outcome.Broken);
        Assert.Equal(["a.md"], outcome.Good);
    }

    [Fact]
    public void Apply_FileDeleted_Disappears()
    {
        _files.Write("a.md", ContentFiles.Referral("A"));
        _files.Write("b.md", ContentFiles.Referral("B"));
        Reload();
        _files.Delete("b.md");

        Reload();

        Assert.Equal(["a.md"], _directory.Current.Entries.Select(e => e.Id));
        Assert.Equal(2, _directory.Current.Version);
    }

    [Fact]
    public void Apply_NothingChanged_SameSnapshot()
    {
        _files.Write("a.md", ContentFiles.Referral("A"));
        var first = Reload().Snapshot;

        var outcome = Reload();

        Assert.False(outcome.Changed);
        Assert.Same(first, _directory.Current);
    }

    [Fact]
    public void Apply_FileUnreadableThisTime_KeepsWhatItHad()
    {
        _files.Write("a.md", ContentFiles.Referral("A"));
        var first = Reload();
        var unreadable = new FolderScan(new Dictionary<string, ScannedFile>(), new HashSet<string> { "a.md" }, FolderExists: true);

        var outcome = _directory.Apply(unreadable);

        Assert.False(outcome.Changed);
        Assert.Same(first.Snapshot, _directory.Current);
    }
}
