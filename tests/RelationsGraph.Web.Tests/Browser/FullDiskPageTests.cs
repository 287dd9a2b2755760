using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RelationsGraph.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>On a server whose disk is full, the page says so for the file it tried to load.</summary>
public sealed class FullDiskPageTests
{
    [Fact]
    public async Task The_page_shows_the_servers_full_disk_message_for_an_upload()
    {
        await using var server = await TestServer.StartAsync(withArticles: false,
            replaceServices: s => s.AddSingleton<RelationsGraph.Web.Uploads.UploadFiles, FullDisk.UploadFiles>());
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.OpenExplorerAsync(server.BaseUrl);

        await page.ClickAsync("#open-upload");
        await page.SetInputFilesAsync("#upload-input", new FilePayload
        {
            Name = "nagoya-talks.txt", MimeType = "text/plain",
            Buffer = System.Text.Encoding.UTF8.GetBytes("Nagoya talks\n2026-05-02\n\nPrime Minister Sanae Takaichi met President Lee Jae Myung in Nagoya on May 2, 2026.\n"),
        });

        await Expect(page.Locator("#upload-list li[data-file='nagoya-talks.txt'] .failed")).ToContainTextAsync("disk is full", new() { Timeout = 20_000 });
        await page.CloseAsync();
    }
}
