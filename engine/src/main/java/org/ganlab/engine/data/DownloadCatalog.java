package org.ganlab.engine.data;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data sets {@link DatasetDownloader} can fetch, each as its four MNIST-style files with
 * published SHA-256 checksums. {@link #standard()} holds the real addresses; tests build their own
 * catalog pointing at a local server.
 *
 * <p>Sources of the checksums: the {@code url_checksums} files of TensorFlow Datasets
 * ({@code tensorflow_datasets/url_checksums/mnist.txt}, {@code fashion_mnist.txt},
 * {@code kmnist.txt}), which list URL, size and SHA-256 of each file. MNIST's canonical site
 * (yann.lecun.com) has refused anonymous downloads at times; the same files (same size and hash)
 * are served by the CVDF mirror TensorFlow Datasets uses, tried second.
 */
public final class DownloadCatalog {

    private static final List<String> SPLITS = List.of("train-images-idx3-ubyte.gz",
            "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");

    private final Map<String, List<RemoteFile>> sets;

    public DownloadCatalog(Map<String, List<RemoteFile>> sets) {
        this.sets = new LinkedHashMap<>(sets);
    }

    /** MNIST, Fashion-MNIST and KMNIST from their canonical addresses. */
    public static DownloadCatalog standard() {
        Map<String, List<RemoteFile>> sets = new LinkedHashMap<>();
        sets.put("mnist", files(List.of("http://yann.lecun.com/exdb/mnist/",
                        "https://storage.googleapis.com/cvdf-datasets/mnist/"),
                "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609", 9912422,
                "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c", 28881,
                "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6", 1648877,
                "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6", 4542));
        sets.put("fashion-mnist", files(List.of("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"),
                "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84", 26421880,
                "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845", 29515,
                "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073", 4422102,
                "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5", 5148));
        sets.put("kmnist", files(List.of("http://codh.rois.ac.jp/kmnist/dataset/kmnist/"),
                "51467d22d8cc72929e2a028a0428f2086b092bb31cfb79c69cc0a90ce135fde4", 18165135,
                "e38f9ebcd0f3ebcdec7fc8eabdcdaef93bb0df8ea12bee65224341c8183d8e17", 29497,
                "edd7a857845ad6bb1d0ba43fe7e794d164fe2dce499a1694695a792adfac43c5", 3041136,
                "20bb9a0ef54c7db3efc55a92eef5582c109615df22683c380526788f98e42a1c", 5120));
        return new DownloadCatalog(sets);
    }

    /**
     * The four files of a set under each base address, in the order train images, train labels,
     * test images, test labels; {@code hashesAndSizes} alternates SHA-256 and size in that order.
     */
    public static List<RemoteFile> files(List<String> baseUrls, Object... hashesAndSizes) {
        List<RemoteFile> files = new ArrayList<>();
        for (int i = 0; i < SPLITS.size(); i++) {
            String name = SPLITS.get(i);
            List<URI> urls = baseUrls.stream().map(base -> URI.create(base + name)).toList();
            files.add(new RemoteFile(name, urls, (String) hashesAndSizes[2 * i],
                    ((Number) hashesAndSizes[2 * i + 1]).longValue()));
        }
        return files;
    }

    /** Names of the sets, in catalog order. */
    public List<String> names() {
        return List.copyOf(sets.keySet());
    }

    /** @throws IllegalArgumentException for a name the catalog does not hold, listing those it does */
    public List<RemoteFile> files(String name) {
        List<RemoteFile> files = sets.get(name);
        if (files == null) {
            throw new IllegalArgumentException("no download for '" + name + "'; choose one of "
                    + String.join(", ", names()));
        }
        return files;
    }
}
