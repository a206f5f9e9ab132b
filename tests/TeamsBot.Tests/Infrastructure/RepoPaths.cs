namespace TeamsBot.Tests.Infrastructure;

/// <summary>Finds files of the repository (and the shared folder beside it) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamsBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TeamsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
