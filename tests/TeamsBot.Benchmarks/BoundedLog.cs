namespace TeamsBot.Benchmarks;

/// <summary>A child process's last lines of output, shown only if it fails to start; the rest is dropped, never buffered without end.</summary>
internal sealed class BoundedLog
{
    private readonly Queue<string> _lines = new();

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Enqueue(line);
            if (_lines.Count > 40)
            {
                _lines.Dequeue();
            }
        }
    }

    public override string ToString()
    {
        lock (_lines)
        {
            return string.Join('\n', _lines);
        }
    }
}
