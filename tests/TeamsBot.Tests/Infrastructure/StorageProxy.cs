using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>
/// A TCP relay in front of the shared Azurite, so one test can take storage away from its bot (refused
/// connections, dropped ones) and bring it back, while every other test keeps using Azurite undisturbed.
/// </summary>
public sealed class StorageProxy : IDisposable
{
    private readonly int _target;
    private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    private TcpListener? _listener;
    private CancellationTokenSource _stop = new();
    private bool _hang;

    public StorageProxy()
    {
        _target = Azurite.PortOf(Azurite.ConnectionString) ?? throw new InvalidOperationException("The Azurite connection string names no table port.");
        Port = Azurite.FreePort();
        Restore();
    }

    public int Port { get; }

    /// <summary>Tables through the relay; the queue and blobs straight to Azurite, so a host that needs them still starts.</summary>
    public string ConnectionString => Azurite.WithTablePort(Azurite.ConnectionString, Port);

    /// <summary>Storage goes away: open connections are dropped and new ones are refused.</summary>
    public void Cut()
    {
        _stop.Cancel();
        _listener?.Stop();
        _listener = null;
        foreach (var client in _open.Keys)
        {
            client.Close();
        }

        _open.Clear();
    }

    /// <summary>Storage hangs: connections are accepted and requests are read by nobody, so nothing ever answers.</summary>
    public void Hang()
    {
        Cut();
        _hang = true;
        Listen();
    }

    /// <summary>Storage is back on the same address.</summary>
    public void Restore()
    {
        Cut();
        _hang = false;
        Listen();
    }

    private void Listen()
    {
        _stop = new CancellationTokenSource();
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        _ = AcceptAsync(listener, _stop.Token);
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(stop);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(inbound, stop);
        }
    }

    private async Task RelayAsync(TcpClient inbound, CancellationToken stop)
    {
        using var outbound = new TcpClient();
        _open[inbound] = 0;
        _open[outbound] = 0;
        try
        {
            if (_hang)
            {
                await Task.Delay(Timeout.Infinite, stop);
            }

            await outbound.ConnectAsync(IPAddress.Loopback, _target, stop);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop);
            var up = inbound.GetStream().CopyToAsync(outbound.GetStream(), linked.Token);
            var down = outbound.GetStream().CopyToAsync(inbound.GetStream(), linked.Token);
            await Task.WhenAny(up, down);
            await linked.CancelAsync();
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // A cut, or either side closing: the relay just ends.
        }
        finally
        {
            _open.TryRemove(inbound, out _);
            _open.TryRemove(outbound, out _);
            inbound.Dispose();
        }
    }

    public void Dispose()
    {
        Cut();
        _stop.Dispose();
    }
}
