namespace RelationsGraph.Web;

/// <summary>Creates the files uploads are written to; a seam, so tests can hand out a full disk.</summary>
internal class UploadFiles
{
    public virtual Stream Create(string path) => File.Create(path);
}
