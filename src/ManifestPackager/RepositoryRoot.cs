namespace ManifestPackager;

/// <summary>Finds the repository root: the nearest folder at or above a start folder that holds <c>TeamsBot.sln</c>.</summary>
public static class RepositoryRoot
{
    public const string SolutionFile = "TeamsBot.sln";

    public static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
