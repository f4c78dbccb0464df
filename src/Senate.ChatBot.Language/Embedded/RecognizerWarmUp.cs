using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Senate.ChatBot.Language.Embedded;

/// <summary>
/// Loads the intent model and runs one recognition in the background as the host starts, so the
/// first person to write does not wait the half second that loading takes.
/// </summary>
internal sealed class RecognizerWarmUp(IServiceProvider services) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => services.GetRequiredService<EmbeddedRecognizer>().RecognizeAsync("สวัสดีค่ะ", stoppingToken), stoppingToken);
}
