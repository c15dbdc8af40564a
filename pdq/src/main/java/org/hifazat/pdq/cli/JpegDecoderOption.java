package org.hifazat.pdq.cli;

import org.hifazat.pdq.image.ImageDecoder;
import org.hifazat.pdq.image.JpegDecoder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --jpeg-decoder}: libjpeg-turbo where installed, or the JDK's decoder on request. */
final class JpegDecoderOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--jpeg-decoder", paramLabel = "auto|turbojpeg|jdk", defaultValue = "auto",
            description = {"Which decoder reads JPEGs: auto (default) uses libjpeg-turbo (libturbojpeg.so.0,",
                "about twice as fast) where installed, else the JDK's; turbojpeg insists on it; jdk never uses it."})
    private String choice;

    /** {@code decoder} reading JPEGs as chosen; a usage error where the choice cannot be had. */
    ImageDecoder applyTo(ImageDecoder decoder) {
        try {
            return decoder.using(JpegDecoder.parse(choice, "--jpeg-decoder"));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
