using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Fluent.Lightsail.Benchmarks.Editor;

/// <summary>How the client asks for diagnostics: the server pushes them, or the client pulls them per document.</summary>
internal enum DiagnosticsMode
{
    Push,
    Pull,
}

/// <summary>
/// One csharp-ls process over stdio on one project folder, with analyzers on: start, initialize, wait for the
/// workspace to load, open documents, type, and time until that document's diagnostics arrive.
/// </summary>
internal sealed class LanguageServerSession : IAsyncDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly LspConnection _connection;
    private readonly DiagnosticsMode _mode;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _openVersions = [];
    private readonly Dictionary<string, string> _texts = [];
    private readonly List<(string Uri, int? Version, TimeSpan At, JsonArray? Diagnostics)> _published = [];
    private readonly HashSet<string> _activeProgress = [];
    private int _progressBegun;
    private TimeSpan _lastProgressEnd;

    private LanguageServerSession(Process process, DiagnosticsMode mode)
    {
        _process = process;
        _mode = mode;
        _connection = new LspConnection(process.StandardOutput.BaseStream, process.StandardInput.BaseStream, AnswerServerRequest);
        _connection.Notification += OnNotification;
    }

    public string Folder { get; private init; } = "";

    public static LanguageServerSession Start(string serverPath, string folder, DiagnosticsMode mode, string stderrLog)
    {
        var start = new ProcessStartInfo(serverPath)
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--loglevel");
        start.ArgumentList.Add("info");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {serverPath}.");
        var log = new StreamWriter(stderrLog) { AutoFlush = true };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { } text)
            {
                lock (log)
                {
                    log.WriteLine(text);
                }
            }
        };
        process.BeginErrorReadLine();
        return new LanguageServerSession(process, mode) { Folder = folder };
    }

    public long ResidentBytes => ProcessTreeMemory.ResidentBytes(_process.Id);

    /// <summary>Initialize, then wait until the server has loaded the project: its progress reports have ended and
    /// a first diagnostics answer for <paramref name="probeFile"/> has arrived. Returns the time since the start.</summary>
    public async Task<TimeSpan> LoadAsync(string probeFile, TimeSpan timeout)
    {
        var root = new Uri(Folder + "/").AbsoluteUri;
        var textDocument = new JsonObject
        {
            ["synchronization"] = new JsonObject { ["didSave"] = false },
            ["publishDiagnostics"] = new JsonObject { ["versionSupport"] = true },
        };
        if (_mode == DiagnosticsMode.Pull)
        {
            textDocument["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false, ["relatedDocumentSupport"] = false };
        }

        await _connection.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = root,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = Path.GetFileName(Folder) }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
                ["window"] = new JsonObject { ["workDoneProgress"] = true },
                ["textDocument"] = textDocument,
            },
            ["initializationOptions"] = Settings(),
        }, RequestTimeout);
        await _connection.NotifyAsync("initialized", new JsonObject());
        await _connection.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["csharp"] = Settings() } });

        await OpenAsync(probeFile);
        var deadline = _clock.Elapsed + timeout;
        await WaitUntilAsync(() => _progressBegun > 0 && _activeProgress.Count == 0, deadline, "the workspace's load progress to end");
        var after = _lastProgressEnd;
        await DiagnosticsAfterAsync(probeFile, after, version: null, deadline);
        return _clock.Elapsed;
    }

    public async Task OpenAsync(string file)
    {
        var uri = UriOf(file);
        var text = await File.ReadAllTextAsync(Path.Combine(Folder, file));
        lock (_gate)
        {
            _openVersions[uri] = 1;
            _texts[uri] = text;
        }

        await _connection.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = text },
        });
    }

    /// <summary>Types (or deletes) one character at the first place <paramref name="anchor"/> occurs, and returns the
    /// time until the diagnostics of that document arrive (pushed or pulled, depending on the mode).</summary>
    public async Task<TimeSpan> KeystrokeAsync(string file, string anchor, string typed, bool delete, TimeSpan timeout)
    {
        var uri = UriOf(file);
        int version;
        string text;
        lock (_gate)
        {
            version = ++_openVersions[uri];
            text = _texts[uri];
        }

        var offset = text.IndexOf(anchor, StringComparison.Ordinal);
        if (offset < 0)
        {
            throw new InvalidOperationException($"'{anchor}' is not in {file}.");
        }

        offset += anchor.Length;
        var (line, character) = Position(text, offset);
        var end = delete ? new JsonObject { ["line"] = line, ["character"] = character + typed.Length } : Point(line, character);
        var newText = delete ? text.Remove(offset, typed.Length) : text.Insert(offset, typed);
        lock (_gate)
        {
            _texts[uri] = newText;
        }

        var sent = _clock.Elapsed;
        await _connection.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject { ["start"] = Point(line, character), ["end"] = end },
                ["text"] = delete ? "" : typed,
            }),
        });
        await DiagnosticsAfterAsync(file, sent, version, sent + timeout);
        return _clock.Elapsed - sent;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await _connection.RequestAsync("shutdown", null, TimeSpan.FromSeconds(30));
                await _connection.NotifyAsync("exit", null);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
        catch (Exception exception) when (exception is TimeoutException or IOException or InvalidOperationException)
        {
            // Fall through to the kill below.
        }
        finally
        {
            if (!_process.HasExited)
            {
                Console.WriteLine("  csharp-ls did not exit after shutdown/exit within 30 s: killing its process tree.");
                _process.Kill(entireProcessTree: true);
            }

            await _connection.DisposeAsync();
            _process.Dispose();
        }
    }

    /// <summary>Opens <paramref name="file"/> and counts the errors in its first diagnostics: a check that the project
    /// loaded as a build would see it (with the package, the call sites compile only if the generator ran).</summary>
    public async Task<int> ErrorCountAsync(string file, TimeSpan timeout)
    {
        var after = _clock.Elapsed;
        await OpenAsync(file);
        var diagnostics = await DiagnosticsAfterAsync(file, after, version: 1, _clock.Elapsed + timeout);
        return diagnostics?.Count(d => d?["severity"] is JsonValue severity && severity.TryGetValue<int>(out var level) && level == 1) ?? 0;
    }

    private async Task<JsonArray?> DiagnosticsAfterAsync(string file, TimeSpan after, int? version, TimeSpan deadline)
    {
        var uri = UriOf(file);
        if (_mode == DiagnosticsMode.Pull)
        {
            var report = await _connection.RequestAsync("textDocument/diagnostic", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
            }, Remaining(deadline));
            return report?["items"] as JsonArray;
        }

        bool Arrived((string Uri, int? Version, TimeSpan At, JsonArray? Diagnostics) p)
            => p.Uri == uri && p.At >= after && (version is null || p.Version is null || p.Version >= version);
        await WaitUntilAsync(() => _published.Any(Arrived), deadline, $"diagnostics for {file}");
        lock (_gate)
        {
            return _published.First(Arrived).Diagnostics;
        }
    }

    private async Task WaitUntilAsync(Func<bool> condition, TimeSpan deadline, string what)
    {
        while (true)
        {
            lock (_gate)
            {
                if (condition())
                {
                    return;
                }
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The language server exited (code {_process.ExitCode}) while waiting for {what}.");
            }

            if (_clock.Elapsed > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(5);
        }
    }

    private TimeSpan Remaining(TimeSpan deadline)
    {
        var left = deadline - _clock.Elapsed;
        return left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1);
    }

    private void OnNotification(string method, JsonNode? parameters)
    {
        var now = _clock.Elapsed;
        lock (_gate)
        {
            switch (method)
            {
                case "textDocument/publishDiagnostics":
                    var version = parameters?["version"] is JsonValue value && value.TryGetValue<int>(out var number) ? number : (int?)null;
                    _published.Add((parameters?["uri"]?.GetValue<string>() ?? "", version, now, parameters?["diagnostics"]?.DeepClone().AsArray()));
                    break;
                case "$/progress":
                    var token = parameters?["token"]?.ToJsonString() ?? "";
                    switch (parameters?["value"]?["kind"]?.GetValue<string>())
                    {
                        case "begin":
                            _activeProgress.Add(token);
                            _progressBegun++;
                            break;
                        case "end":
                            _activeProgress.Remove(token);
                            _lastProgressEnd = now;
                            break;
                    }

                    break;
            }
        }
    }

    /// <summary>The server's requests: settings come from here (analyzers on); everything else is acknowledged.</summary>
    private static JsonNode? AnswerServerRequest(string method, JsonNode? parameters)
    {
        if (method != "workspace/configuration")
        {
            return null;
        }

        var answers = new JsonArray();
        foreach (var item in parameters?["items"]?.AsArray() ?? [])
        {
            answers.Add(item?["section"]?.GetValue<string>() switch
            {
                "csharp" => Settings(),
                "csharp.analyzersEnabled" => JsonValue.Create(true),
                _ => null,
            });
        }

        return answers;
    }

    private static JsonObject Settings() => new() { ["analyzersEnabled"] = true };

    private string UriOf(string file) => new Uri(Path.Combine(Folder, file)).AbsoluteUri;

    private static JsonObject Point(int line, int character) => new() { ["line"] = line, ["character"] = character };

    private static (int Line, int Character) Position(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart);
    }
}
