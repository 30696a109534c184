package org.ganlab.engine.data;

/** An image folder's images (unlabelled, NCHW uint8) together with the report of their loading. */
public record LoadedImageFolder(ImageDataset dataset, ImageFolderReport report) {
}
