export default function Page() {
  return <p>Trang trống</p>;
}
