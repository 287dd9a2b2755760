using System.Text;

namespace RelationsGraph.Web.Uploads;

/// <summary>Why an uploaded file is not loaded, with the status a request holding only that file gets.</summary>
internal sealed record UploadRefusal(int Status, string Title, string Detail)
{
    /// <summary>Most file systems allow 255 bytes per name; this leaves room and stays readable.</summary>
    public const int MaxNameBytes = 200;

    /// <summary>The refusal for this file, or null when it may be loaded.</summary>
    public static UploadRefusal? For(string name, long length, long maxBytes)
    {
        var shown = name.Length > 60 ? name[..60] + "…" : name;
        var nameBytes = Encoding.UTF8.GetByteCount(name);
        if (nameBytes > MaxNameBytes)
            return new(StatusCodes.Status400BadRequest, "File name too long",
                $"'{shown}': the file name is {nameBytes} bytes long; names of up to {MaxNameBytes} bytes (as many plain letters) can be loaded. Rename the file and try again.");
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!ExplorerSettings.UploadExtensions.Contains(extension))
            return new(StatusCodes.Status415UnsupportedMediaType, "Unsupported file type",
                $"'{shown}': only {string.Join(", ", ExplorerSettings.UploadExtensions)} files can be loaded.");
        if (length > maxBytes)
            return new(StatusCodes.Status413PayloadTooLarge, "File too large",
                $"'{shown}' is {length / 1024.0:0.#} KiB; the limit is {maxBytes / 1024} KiB.");
        if (length == 0) return new(StatusCodes.Status400BadRequest, "Empty file", $"'{shown}' is empty.");
        return null;
    }
}
