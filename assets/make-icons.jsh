// Renders the application icon to PNG at the sizes installers want. Run from the repo root:
//   jshell assets/make-icons.jsh
// The design (also in icon.svg): a declining efficiency trend on a log grid, with Moore's law rising faintly.
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import java.io.File;

void draw(Graphics2D g, double s) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.scale(s, s);
    g.setPaint(new GradientPaint(0, 0, new Color(0x1f3b73), 0, 256, new Color(0x0f1c38)));
    g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));
    g.setColor(new Color(255, 255, 255, 40));
    g.setStroke(new BasicStroke(2f));
    for (int y = 64; y <= 192; y += 64) g.draw(new Line2D.Double(36, y, 220, y));
    g.setColor(new Color(0xf2b134));
    g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(44, 200, 212, 132));
    g.setColor(new Color(0x5cc8ff));
    g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(48, 60, 208, 196));
    g.setColor(Color.WHITE);
    double[][] pts = {{52, 66}, {92, 94}, {132, 130}, {168, 160}, {204, 192}};
    for (double[] p : pts) g.fill(new Ellipse2D.Double(p[0] - 12, p[1] - 12, 24, 24));
}

for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    draw(g, size / 256.0);
    g.dispose();
    ImageIO.write(img, "png", new File("assets/icon-" + size + ".png"));
}
/exit
